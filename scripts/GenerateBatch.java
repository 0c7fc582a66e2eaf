// Generates a JSON Lines batch of valid feedback documents of about 150 words each, for measuring
// `feedbackkit check --format jsonl` on a large input. Deterministic for a given seed.
//
//   java scripts/GenerateBatch.java 10000 > /tmp/batch.jsonl        (count, optional seed)
//
// Single-file program: needs only a JDK 17+, no build.
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

public class GenerateBatch {
  static final String[] NAMES = {"Priya", "Daniel", "Mei", "Alex", "Sam", "Lena", "Tomás", "Aiko", "Noah", "Fatima"};
  static final String[] STAGES = {"PHONE_SCREEN", "TECHNICAL_INTERVIEW", "TAKE_HOME", "ONSITE", "FINAL_INTERVIEW"};
  static final String[] SESSIONS = {"PERFORMANCE_IMPROVEMENT", "CAREER_DEVELOPMENT", "PROJECT_REVIEW", "RECOGNITION"};
  static final String[] STRENGTHS = {
    "In the system-design round you sized the cache from the read/write ratio before choosing Redis.",
    "You explained how you cleaned the churn dataset and why you dropped duplicate accounts first.",
    "Your pull request for the billing service came with tests for every edge case we discussed.",
    "When the deployment failed on Thursday you rolled back within four minutes and told the team.",
    "You asked two clarifying questions about the data volume before writing any code.",
    "Client churn in your accounts fell from 9% to 5% this quarter after the new onboarding calls.",
  };
  static final String[] IMPROVEMENTS = {
    "Two of your three answers in the behavioural interview had no concrete example.",
    "The weekly report reached the finance team two days late in three of the last four weeks.",
    "In the coding exercise two unit tests still failed because dates were parsed without a time zone.",
    "Good job overall, but your communication could be better.",
    "You should be more proactive in planning meetings.",
    "The design document did not say how the service would behave when the queue is full.",
  };
  static final String[] ACTIONS = {
    "Practise the STAR format: situation, task, action, result, with one story per competency.",
    "Send the weekly report by Monday noon and flag any delay to me by Friday.",
    "Write the failing test first for date and time code, with a fixed clock.",
    "Read the chapter on back-pressure in Designing Data-Intensive Applications before our next review.",
  };
  static final String[] FILLER = {
    "Thank you for the time you gave us this week.",
    "We discussed the results together in our one-to-one meeting.",
    "The panel compared notes the same afternoon.",
    "This note summarises what we saw and what comes next.",
  };

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    Random r = new Random(seed);
    Instant base = Instant.parse("2026-11-02T09:00:00Z");
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        boolean candidate = r.nextBoolean();
        Instant occurred = base.plus(r.nextInt(14 * 24), ChronoUnit.HOURS);
        StringBuilder b = new StringBuilder(1200);
        b.append("{\"id\":\"fb-").append(i).append("\",\"kind\":\"").append(candidate ? "CANDIDATE" : "EMPLOYEE").append('"');
        b.append(",\"subject\":{\"id\":\"s-").append(i).append("\",\"displayName\":\"").append(pick(r, NAMES)).append("\"}");
        b.append(",\"author\":{\"id\":\"a-").append(r.nextInt(50)).append("\",\"role\":\"").append(candidate ? "INTERVIEWER" : "MANAGER").append("\"}");
        b.append(",\"context\":{").append(candidate ? "\"stage\":\"" + pick(r, STAGES) : "\"session\":\"" + pick(r, SESSIONS)).append("\"}");
        b.append(",\"occurredAt\":\"").append(occurred).append('"');
        if (r.nextInt(5) > 0) {
          b.append(",\"deliveredAt\":\"").append(occurred.plus(2 + r.nextInt(24 * 9), ChronoUnit.HOURS)).append('"');
        }
        b.append(",\"summary\":\"").append(pick(r, FILLER)).append(' ').append(pick(r, FILLER)).append(' ').append(pick(r, STRENGTHS)).append(' ').append(pick(r, STRENGTHS)).append(' ')
            .append(pick(r, IMPROVEMENTS)).append(' ').append(pick(r, ACTIONS)).append(' ').append(pick(r, FILLER)).append('"');
        b.append(",\"observations\":[");
        b.append("{\"type\":\"STRENGTH\",\"text\":\"").append(pick(r, STRENGTHS)).append("\"},");
        b.append("{\"type\":\"STRENGTH\",\"text\":\"").append(pick(r, STRENGTHS)).append("\"},");
        b.append("{\"type\":\"IMPROVEMENT\",\"text\":\"").append(pick(r, IMPROVEMENTS)).append("\"}]");
        if (r.nextBoolean()) {
          b.append(",\"actions\":[{\"description\":\"").append(pick(r, ACTIONS)).append("\",\"owner\":\"SUBJECT\"}]");
        } else {
          b.append(",\"actions\":[{\"description\":\"").append(pick(r, ACTIONS)).append("\"},{\"description\":\"")
              .append(pick(r, ACTIONS)).append("\"}]");
        }
        if (candidate && r.nextBoolean()) {
          b.append(",\"outcome\":\"").append(r.nextBoolean() ? "REJECTED" : "ADVANCED").append('"');
        }
        b.append("}\n");
        w.write(b.toString());
      }
    }
  }

  static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}

package io.github.feedbackkit.render;

import com.samskivert.mustache.MustacheException;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.render.internal.MessageViews;
import io.github.feedbackkit.render.internal.RecordViews;
import io.github.feedbackkit.render.internal.ReportViews;
import io.github.feedbackkit.render.internal.TemplateDirectory;
import io.github.feedbackkit.render.internal.Templates;
import io.github.feedbackkit.render.internal.Wording;
import io.github.feedbackkit.render.json.ReportJson;
import io.github.feedbackkit.rules.QualityReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a {@link Feedback} document and a {@link QualityReport} into what people read: the message
 * to the candidate or employee (plain text or HTML e-mail body), a Markdown record of every field
 * for ATS notes, the annotated HTML quality report for the author, and the report's JSON.
 *
 * <pre>{@code
 * FeedbackRenderer renderer = FeedbackRenderer.builder().build();   // once, then share it
 * String email = renderer.message(feedback);          // plain text for the recipient
 * String html = renderer.messageHtml(feedback);       // HTML e-mail body for the recipient
 * String ats = renderer.markdown(feedback);           // every field, for the ATS
 * String page = renderer.htmlReport(feedback, report); // annotated report for the author
 * }</pre>
 *
 * <p><b>What the recipient sees.</b> The message renders only what the document holds, in the
 * document's order: the greeting by display name, thanks and an introduction worded for the
 * context (hiring stage and outcome, or employee session) and channel, the summary, every
 * strength with its evidence, every improvement area, every action with its owner, date, measure
 * and resource, the follow-up, and a close. When the summary already is a complete letter, build
 * the renderer with {@link Builder#framing(boolean) framing(false)} to leave out the bundled thanks
 * and introduction. Internal content — observations of type {@code NOTE},
 * ratings and metadata — is left out unless the renderer is built with {@link
 * Builder#includeInternal(boolean) includeInternal(true)}.
 *
 * <p><b>Languages.</b> The document's {@code locale} picks the wording: the full locale, then its
 * language and region, then its language, then English — never the JVM's default locale. For
 * example {@code de-CH} falls back to {@code de}, {@code fr-FR} to English. Bundled: English and
 * German.
 *
 * <p><b>Templates.</b> Mustache templates (logic-less) named {@code message-text}, {@code
 * message-html}, {@code markdown} and {@code report-html}. An embedder overrides any of them, for
 * one context, one locale or both, without forking: a file or loader entry named {@code
 * <template>[.<context>][_<locale>]}, e.g. {@code message-html.phone-screen-rejected_de}. Contexts
 * are {@code <stage>-<outcome>}, {@code <stage>}, {@code <outcome>}, {@code <session>}, {@code
 * candidate} and {@code employee}, in lower case with hyphens (e.g. {@code onsite-advanced},
 * {@code recognition}); the most specific context wins, then the most specific locale. All
 * templates are compiled by {@link Builder#build()}.
 *
 * <p><b>Safety.</b> Every user-supplied string is escaped for its output: the OWASP Java Encoder in
 * HTML (element text and attributes), resources linked only when they are {@code http} or {@code
 * https} URIs, user strings wrapped in {@code <bdi>} so that bidi controls cannot reorder the page,
 * control characters replaced by U+FFFD; in Markdown only the characters of user text that could
 * start or form a construct where they stand are backslash-escaped (for example {@code * _ ` [ ] <
 * > & |} anywhere, {@code # - + =} and list numbers at the start of a line, the {@code :} of
 * {@code ://}), so that it cannot make headings, lists, quotes, links, autolinks, images, code,
 * tables or HTML, and ordinary punctuation stays as written.
 *
 * <p>Immutable and thread-safe; rendering keeps no state.
 */
public final class FeedbackRenderer {
  private final boolean includeInternal;
  private final boolean framing;
  private final Wording wording;
  private final Templates templates;

  private FeedbackRenderer(Builder b) {
    this.includeInternal = b.includeInternal;
    this.framing = b.framing;
    this.wording = new Wording();
    List<Function<String, Optional<String>>> loaders = new ArrayList<>();
    Set<Locale> locales = new LinkedHashSet<>(b.locales);
    for (Path dir : b.directories) {
      TemplateDirectory d = TemplateDirectory.read(dir);
      locales.addAll(d.locales());
      loaders.add(d::get);
    }
    if (b.loader != null) {
      loaders.add(b.loader);
    }
    Function<String, Optional<String>> combined =
        loaders.isEmpty()
            ? null
            : name -> {
              for (Function<String, Optional<String>> l : loaders) {
                Optional<String> s = l.apply(name);
                if (s == null) {
                  return null;
                }
                if (s.isPresent()) {
                  return s;
                }
              }
              return Optional.empty();
            };
    this.templates = new Templates(combined, locales);
  }

  /**
   * @return a new builder with the defaults: no internal content, the bundled thanks and
   *     introduction, the bundled templates
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The message to the candidate or employee, as plain text (for example an e-mail's text part).
   *
   * @param feedback the document
   * @return the message, lines separated by {@code \n}
   * @throws IllegalArgumentException when {@code feedback} is null
   */
  public String message(Feedback feedback) {
    require(feedback, "feedback");
    return render(Templates.Kind.MESSAGE_TEXT, feedback, MessageViews.message(
        feedback, wording.bundle(feedback.locale()), Templates.Kind.MESSAGE_TEXT.format(), includeInternal, framing));
  }

  /**
   * The message to the candidate or employee, as an HTML e-mail body (a complete document with
   * inline styles, no script, no external resource).
   *
   * @param feedback the document
   * @return the HTML
   * @throws IllegalArgumentException when {@code feedback} is null
   */
  public String messageHtml(Feedback feedback) {
    require(feedback, "feedback");
    return render(Templates.Kind.MESSAGE_HTML, feedback, MessageViews.message(
        feedback, wording.bundle(feedback.locale()), Templates.Kind.MESSAGE_HTML.format(), includeInternal, framing));
  }

  /**
   * A Markdown record of every field of the document, for ATS notes and tickets. Internal content
   * is always included: this record is for the organisation, not for the recipient.
   *
   * @param feedback the document
   * @return the Markdown
   * @throws IllegalArgumentException when {@code feedback} is null
   */
  public String markdown(Feedback feedback) {
    require(feedback, "feedback");
    return render(Templates.Kind.MARKDOWN, feedback, RecordViews.markdown(feedback));
  }

  /**
   * The annotated quality report for the author: each text field with every finding highlighted at
   * its span (message and suggestion on hover and as numbered notes, so that it prints), the
   * dimension scores as an SVG bar chart, the verdict and the readability metrics. One
   * self-contained HTML file: no script, no external resource.
   *
   * @param feedback the document the report is about
   * @param report its quality report
   * @return the HTML page
   * @throws IllegalArgumentException when an argument is null
   */
  public String htmlReport(Feedback feedback, QualityReport report) {
    require(feedback, "feedback");
    require(report, "report");
    return render(Templates.Kind.REPORT_HTML, feedback, ReportViews.report(feedback, null, report, wording.bundle(feedback.locale())));
  }

  /**
   * The annotated quality report of a free text (findings on the field {@code text}).
   *
   * @param text the text that was analysed
   * @param report its quality report
   * @return the HTML page
   * @throws IllegalArgumentException when an argument is null
   */
  public String htmlReport(String text, QualityReport report) {
    require(text, "text");
    require(report, "report");
    return Templates.execute(
        templates.select(Templates.Kind.REPORT_HTML, List.of(), Locale.ENGLISH),
        Templates.Kind.REPORT_HTML,
        ReportViews.report(null, text, report, wording.bundle(Locale.ENGLISH)));
  }

  /**
   * The report as JSON ({@code feedbackkit-report/1}, see {@code docs/schema/report.schema.json});
   * the same as {@link ReportJson#toJson(QualityReport, String)}.
   *
   * @param report the report
   * @param source where the input came from (a file name), or null
   * @return the JSON, on one line
   * @throws IllegalArgumentException when {@code report} is null
   */
  public String reportJson(QualityReport report, String source) {
    require(report, "report");
    return ReportJson.toJson(report, source);
  }

  /** @return whether internal content is shown to the recipient */
  public boolean includesInternal() {
    return includeInternal;
  }

  /**
   * @return whether the message opens with the bundled thanks and introduction (see {@link
   *     Builder#framing(boolean)})
   */
  public boolean framesMessage() {
    return framing;
  }

  private String render(Templates.Kind kind, Feedback feedback, Map<String, Object> view) {
    return Templates.execute(
        templates.select(kind, MessageViews.contexts(feedback), feedback.locale()), kind, view);
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * Configures a {@link FeedbackRenderer}. Not thread-safe; the renderer it builds is.
   *
   * <pre>{@code
   * FeedbackRenderer renderer = FeedbackRenderer.builder()
   *     .includeInternal(false)
   *     .templateDirectory(Path.of("templates"))   // e.g. message-text.recognition_de.mustache
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private boolean includeInternal;
    private boolean framing = true;
    private final List<Path> directories = new ArrayList<>();
    private Function<String, Optional<String>> loader;
    private final Set<Locale> locales = new LinkedHashSet<>();

    private Builder() {}

    /**
     * @param include whether the recipient's message shows internal content (notes of type {@code
     *     NOTE}, ratings, metadata); {@code false} by default
     * @return this builder
     */
    public Builder includeInternal(boolean include) {
      this.includeInternal = include;
      return this;
    }

    /**
     * Whether the message opens with the bundled framing: the thanks (with the channel sentence,
     * e.g. "As promised on our call …") and the introduction that states the decision (e.g. "After
     * careful consideration, we have decided not to move forward …"). {@code true} by default.
     *
     * <p>Turn it off when the documents' summaries are already complete letters that thank the
     * recipient and state the decision themselves, so that the message does not say them twice.
     * The greeting, the summary, every section, the close and the sign-off are rendered either
     * way; the Markdown record and the report are not affected.
     *
     * <pre>{@code
     * FeedbackRenderer renderer = FeedbackRenderer.builder().framing(false).build();
     * String email = renderer.message(feedback);   // "Dear Grace," then the summary
     * }</pre>
     *
     * @param framing {@code false} to leave out the bundled thanks and introduction
     * @return this builder
     */
    public Builder framing(boolean framing) {
      this.framing = framing;
      return this;
    }

    /**
     * Adds a directory of template overrides: files named {@code
     * <template>[.<context>][_<locale>].mustache}, read and compiled by {@link #build()}.
     * Directories added first win.
     *
     * @param directory the directory
     * @return this builder
     * @throws IllegalArgumentException when {@code directory} is null
     */
    public Builder templateDirectory(Path directory) {
      require(directory, "directory");
      directories.add(directory);
      return this;
    }

    /**
     * Sets a loader of template overrides, asked by {@link #build()} for every template name
     * ({@code <template>[.<context>][_<locale>]}, without extension) for the contexts, for no
     * locale, English, the bundled locales and those given to {@link #templateLocales}. It returns
     * the Mustache source, or empty to keep the bundled template. Directories win over the loader.
     *
     * @param loader the loader, e.g. {@code name -> Optional.ofNullable(myStore.get(name))}
     * @return this builder
     * @throws IllegalArgumentException when {@code loader} is null
     */
    public Builder templateLoader(Function<String, Optional<String>> loader) {
      require(loader, "loader");
      this.loader = loader;
      return this;
    }

    /**
     * @param extra further locales to ask the {@link #templateLoader} for (e.g. {@code fr})
     * @return this builder
     * @throws IllegalArgumentException when a locale is null
     */
    public Builder templateLocales(Locale... extra) {
      require(extra, "locales");
      for (Locale l : extra) {
        require(l, "locale");
        locales.add(l);
      }
      return this;
    }

    /**
     * Reads and compiles every template.
     *
     * @return the renderer
     * @throws IllegalArgumentException naming the template or file when an override cannot be read
     *     or does not compile
     */
    public FeedbackRenderer build() {
      return new FeedbackRenderer(this);
    }
  }
}

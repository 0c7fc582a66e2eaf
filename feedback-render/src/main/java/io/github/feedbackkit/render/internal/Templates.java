package io.github.feedbackkit.render.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The compiled templates of one renderer: the bundled ones and the embedder's overrides, all
 * compiled when the renderer is built.
 *
 * <p>A template is named {@code <template>[.<context>][_<locale>]}, e.g. {@code message-text},
 * {@code message-html.phone-screen-rejected}, {@code message-text.recognition_de}. At render time
 * the most specific one wins: each context of the document in order (see {@link
 * MessageViews#contexts}), then none; within each, the locale chain (e.g. {@code de-CH}, {@code
 * de}), then no locale. Overrides win over bundled templates at the same level.
 */
public final class Templates {
  /** The templates, with their formats. */
  public enum Kind {
    /** The candidate or employee message, plain text. */
    MESSAGE_TEXT("message-text", Format.TEXT),
    /** The candidate or employee message, HTML e-mail body. */
    MESSAGE_HTML("message-html", Format.HTML),
    /** The Markdown record of every field. */
    MARKDOWN("markdown", Format.MARKDOWN),
    /** The annotated HTML quality report. */
    REPORT_HTML("report-html", Format.HTML);

    final String name;
    final Format format;

    Kind(String name, Format format) {
      this.name = name;
      this.format = format;
    }

    /** @return the template's name */
    public String templateName() {
      return name;
    }

    /** @return the output format */
    public Format format() {
      return format;
    }
  }

  private static final String BUNDLED = "/io/github/feedbackkit/render/templates/";

  private final Map<String, Template> compiled;

  /**
   * Compiles the bundled templates and every override the loader supplies.
   *
   * @param loader the embedder's templates by name, or null
   * @param locales the locales to ask the loader for, besides none and the bundled ones
   * @throws IllegalArgumentException naming the template when an override does not compile
   */
  public Templates(Function<String, Optional<String>> loader, Set<Locale> locales) {
    Map<String, Template> all = new HashMap<>();
    for (Kind k : Kind.values()) {
      all.put(k.name, compile(k, k.name, bundled(k.name)));
    }
    if (loader != null) {
      Set<String> tags = new LinkedHashSet<>();
      tags.add("en");
      tags.addAll(Wording.BUNDLED);
      for (Locale l : locales) {
        tags.addAll(Wording.chain(l));
      }
      for (Kind k : Kind.values()) {
        for (String name : names(k, tags)) {
          Optional<String> source;
          try {
            source = loader.apply(name);
          } catch (RuntimeException e) {
            throw new IllegalArgumentException("template loader failed for '" + name + "': " + e.getMessage(), e);
          }
          if (source == null) {
            throw new IllegalArgumentException("template loader returned null for '" + name + "'; return Optional.empty()");
          }
          if (source.isPresent()) {
            all.put(name, compile(k, name, source.get()));
          }
        }
      }
    }
    this.compiled = Map.copyOf(all);
  }

  /**
   * @return every context id a template can be overridden for: stage-outcome pairs, stages,
   *     outcomes, sessions, {@code candidate} and {@code employee}
   */
  public static List<String> allContexts() {
    List<String> out = new ArrayList<>();
    for (HiringStage s : HiringStage.values()) {
      for (Outcome o : Outcome.values()) {
        out.add(MessageViews.id(s) + "-" + MessageViews.id(o));
      }
      out.add(MessageViews.id(s));
    }
    for (Outcome o : Outcome.values()) {
      out.add(MessageViews.id(o));
    }
    for (SessionType s : SessionType.values()) {
      out.add(MessageViews.id(s));
    }
    for (FeedbackKind k : FeedbackKind.values()) {
      out.add(MessageViews.id(k));
    }
    return out;
  }

  private static List<String> names(Kind k, Set<String> tags) {
    List<String> names = new ArrayList<>();
    List<String> contexts = new ArrayList<>(allContexts());
    contexts.add(null);
    for (String c : contexts) {
      String base = c == null ? k.name : k.name + "." + c;
      names.add(base);
      for (String t : tags) {
        names.add(base + "_" + t);
      }
    }
    return names;
  }

  /**
   * @param kind the template
   * @param contexts the document's contexts, most specific first
   * @param locale the document's locale
   * @return the most specific compiled template
   */
  public Template select(Kind kind, List<String> contexts, Locale locale) {
    List<String> tags = Wording.chain(locale);
    for (String c : contexts) {
      Template t = find(kind.name + "." + c, tags);
      if (t != null) {
        return t;
      }
    }
    Template t = find(kind.name, tags);
    return t != null ? t : compiled.get(kind.name);
  }

  /**
   * @param template a compiled template
   * @param kind which template it is
   * @param view the values
   * @return the output
   * @throws IllegalStateException naming the template when it reads a value the view lacks
   */
  public static String execute(Template template, Kind kind, Map<String, Object> view) {
    try {
      Out out = new Out(kind == Kind.REPORT_HTML ? 16_384 : 4_096);
      template.execute(view, out);
      return out.b.toString();
    } catch (MustacheException e) {
      throw new IllegalStateException("template '" + kind.name + "' failed: " + e.getMessage(), e);
    }
  }

  /** A writer into an unsynchronized builder (StringWriter locks on every write). */
  private static final class Out extends Writer {
    final StringBuilder b;

    Out(int capacity) {
      this.b = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      b.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      b.append(str, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) {
      b.append(csq);
      return this;
    }

    @Override
    public void write(int c) {
      b.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * @param name a template name without extension
   * @return its locale, when it names one
   * @throws IllegalArgumentException when the name is not {@code <template>[.<context>][_<locale>]}
   */
  public static Optional<Locale> parseName(String name) {
    int us = name.lastIndexOf('_');
    String base = us < 0 ? name : name.substring(0, us);
    Optional<Locale> locale = us < 0 ? Optional.empty() : Optional.of(Locale.forLanguageTag(name.substring(us + 1)));
    if (locale.isPresent() && locale.get().getLanguage().isEmpty()) {
      throw new IllegalArgumentException("template '" + name + "': '" + name.substring(us + 1) + "' is not a language tag");
    }
    int dot = base.indexOf('.');
    String kind = dot < 0 ? base : base.substring(0, dot);
    boolean known = false;
    for (Kind k : Kind.values()) {
      known |= k.name.equals(kind);
    }
    if (!known) {
      throw new IllegalArgumentException(
          "template '" + name + "': unknown template '" + kind + "'; expected message-text, message-html, markdown or report-html");
    }
    if (dot >= 0 && !allContexts().contains(base.substring(dot + 1))) {
      throw new IllegalArgumentException(
          "template '" + name + "': unknown context '" + base.substring(dot + 1) + "'; expected e.g. phone-screen-rejected, onsite, rejected, recognition, candidate, employee");
    }
    return locale;
  }

  private Template find(String base, List<String> tags) {
    for (String tag : tags) {
      Template t = compiled.get(base + "_" + tag);
      if (t != null) {
        return t;
      }
    }
    return compiled.get(base);
  }

  private static Template compile(Kind kind, String name, String source) {
    try {
      return Mustache.compiler()
          .withEscaper(kind.format.escaper())
          .emptyStringIsFalse(true)
          .zeroIsFalse(false)
          .compile(source);
    } catch (MustacheException e) {
      throw new IllegalArgumentException("template '" + name + "' does not compile: " + e.getMessage(), e);
    }
  }

  private static String bundled(String name) {
    String path = BUNDLED + name + ".mustache";
    try (InputStream in = Templates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled template " + path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}

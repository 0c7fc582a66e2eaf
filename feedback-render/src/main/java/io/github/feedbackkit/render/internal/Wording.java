package io.github.feedbackkit.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The wording of the renderers: resource bundles ({@code messages[_lang[_REGION]].properties},
 * UTF-8) loaded once, merged along the fallback chain, and looked up by key and context.
 *
 * <p>Fallback: the document's locale, then its language and region, then its language, then the
 * root bundle (English) — never the JVM's default locale. A key is looked up first in the most
 * specific bundle that exists, key by key: a translation that lacks a key falls back to English
 * for that key only.
 */
public final class Wording {
  private static final String BASE = "/io/github/feedbackkit/render/messages";
  /** The locales bundled besides the root (English) bundle. */
  static final List<String> BUNDLED = List.of("de");

  private final Map<String, Bundle> bundles;
  private final Bundle root;

  /** One merged bundle: messages, date format and the language tag it answers for. */
  public static final class Bundle {
    private final Map<String, String> messages;
    private final DateTimeFormatter dates;
    private final String languageTag;

    Bundle(Map<String, String> messages, String languageTag) {
      this.messages = Map.copyOf(messages);
      this.languageTag = languageTag;
      this.dates =
          DateTimeFormatter.ofPattern(require("date.format"), Locale.forLanguageTag(languageTag));
    }

    /** @return the language tag of this bundle, e.g. {@code de} */
    public String languageTag() {
      return languageTag;
    }

    /**
     * @param date a date
     * @return the date in this bundle's format
     */
    public String date(LocalDate date) {
      return dates.format(date);
    }

    /**
     * @param key a key
     * @return the message, or null
     */
    public String get(String key) {
      return messages.get(key);
    }

    /**
     * @param key a key that every bundle has
     * @return the message
     * @throws IllegalStateException when the key is missing (a packaging error)
     */
    public String require(String key) {
      String s = messages.get(key);
      if (s == null) {
        throw new IllegalStateException("message '" + key + "' missing from " + BASE + ".properties");
      }
      return s;
    }

    /**
     * Finds the most specific message: {@code key.context.variant}, {@code key.context} for each
     * context in order, then {@code key.variant}, {@code key}.
     *
     * @param key the base key
     * @param contexts the document's contexts, most specific first
     * @param variant a variant suffix tried first at each level (e.g. {@code position}), or null
     * @return the message, or null when there is none
     */
    public String find(String key, List<String> contexts, String variant) {
      for (String c : contexts) {
        String s = lookup(key + "." + c, variant);
        if (s != null) {
          return s;
        }
      }
      return lookup(key, variant);
    }

    private String lookup(String key, String variant) {
      if (variant != null) {
        String s = messages.get(key + "." + variant);
        if (s != null) {
          return s;
        }
      }
      return messages.get(key);
    }
  }

  /** Loads the bundled wording. */
  public Wording() {
    Map<String, String> rootMessages = load("");
    this.root = new Bundle(rootMessages, "en");
    Map<String, Bundle> all = new HashMap<>();
    all.put("en", root);
    for (String tag : BUNDLED) {
      Map<String, String> merged = new HashMap<>(rootMessages);
      merged.putAll(load("_" + tag.replace('-', '_')));
      all.put(tag, new Bundle(merged, tag));
    }
    this.bundles = Map.copyOf(all);
  }

  /**
   * @param locale the document's locale
   * @return the most specific bundle along the fallback chain
   */
  public Bundle bundle(Locale locale) {
    for (String tag : chain(locale)) {
      Bundle b = bundles.get(tag);
      if (b != null) {
        return b;
      }
    }
    return root;
  }

  /**
   * @param locale a locale
   * @return its fallback chain of language tags, most specific first, without the root
   */
  public static List<String> chain(Locale locale) {
    List<String> tags = new ArrayList<>(3);
    String lang = locale.getLanguage();
    if (lang.isEmpty()) {
      return tags;
    }
    String region = locale.getCountry();
    String variant = locale.getVariant();
    if (!region.isEmpty() && !variant.isEmpty()) {
      tags.add(lang + "-" + region + "-" + variant);
    }
    if (!region.isEmpty()) {
      tags.add(lang + "-" + region);
    }
    tags.add(lang);
    return tags;
  }

  private static Map<String, String> load(String suffix) {
    String name = BASE + suffix + ".properties";
    try (InputStream in = Wording.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled wording " + name + " is missing");
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new HashMap<>();
      for (String k : p.stringPropertyNames()) {
        m.put(k, p.getProperty(k));
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Fills the {@code {name}} placeholders of a message.
   *
   * @param pattern the message
   * @param args the values, raw
   * @param literal how to encode the message's own text for the output
   * @param arg how to encode (and isolate) a value for the output
   * @return the message in the output's format
   * @throws IllegalStateException when a placeholder has no value
   */
  public static String format(
      String pattern, Map<String, String> args, UnaryOperator<String> literal, UnaryOperator<String> arg) {
    StringBuilder b = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (open < 0 || close < 0) {
        b.append(literal.apply(pattern.substring(i)));
        break;
      }
      if (open > i) {
        b.append(literal.apply(pattern.substring(i, open)));
      }
      String name = pattern.substring(open + 1, close);
      String value = args.get(name);
      if (value == null) {
        throw new IllegalStateException("no value for {" + name + "} in message '" + pattern + "'");
      }
      b.append(arg.apply(value));
      i = close + 1;
    }
    return b.toString();
  }
}

package io.github.feedbackkit.render.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The template overrides read from one directory: {@code <name>.mustache} files. */
public final class TemplateDirectory {
  private static final String EXTENSION = ".mustache";
  private final Map<String, String> sources;
  private final Set<Locale> locales;

  private TemplateDirectory(Map<String, String> sources, Set<Locale> locales) {
    this.sources = Map.copyOf(sources);
    this.locales = Set.copyOf(locales);
  }

  /**
   * @param dir a directory
   * @return its templates
   * @throws IllegalArgumentException naming the directory or file when it cannot be read or a
   *     file name is not a template name
   */
  public static TemplateDirectory read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("template directory " + dir + " does not exist or is not a directory");
    }
    Map<String, String> sources = new HashMap<>();
    Set<Locale> locales = new LinkedHashSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        try {
          Templates.parseName(name).ifPresent(locales::add);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read template directory " + dir + ": " + e.getMessage(), e);
    }
    return new TemplateDirectory(sources, locales);
  }

  /**
   * @param name a template name
   * @return its source, if the directory has it
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(sources.get(name));
  }

  /** @return the locales named by the files */
  public Set<Locale> locales() {
    return locales;
  }
}

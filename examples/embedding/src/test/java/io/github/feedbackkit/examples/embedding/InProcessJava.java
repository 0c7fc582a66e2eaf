package io.github.feedbackkit.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles a Java source in this JVM against the test class path, and runs its main method. */
final class InProcessJava {
  private InProcessJava() {}

  /**
   * Compiles {@code code} (a compilation unit declaring {@code className} in the default package)
   * into {@code outputDir}; lint warnings are errors.
   *
   * @throws AssertionError listing the compiler's diagnostics when it does not compile
   */
  static void compile(String className, String code, Path outputDir) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new AssertionError("no Java compiler in this runtime: run the tests on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject source =
        new SimpleJavaFileObject(
            URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
          }
        };
    List<String> options =
        List.of(
            "--release", "17",
            "-proc:none",
            // -classfile: feedback-core's classes carry Immutables' @Generated, whose class file a
            // user does not have (Immutables is compile-time only); javac's defaults say nothing.
            "-Xlint:all,-path,-classfile",
            "-Werror",
            "-classpath", System.getProperty("java.class.path"));
    boolean ok;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(outputDir.toFile()));
      ok = compiler.getTask(null, files, diagnostics, options, null, List.of(source)).call();
    }
    if (!ok) {
      throw new AssertionError(
          "the README's embedding example does not compile:\n"
              + diagnostics.getDiagnostics().stream()
                  .map(d -> "  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                  .collect(Collectors.joining("\n")));
    }
  }

  /**
   * Runs {@code main(new String[0])} of the class loaded from {@code classesDir} (or from the test
   * class path when {@code classesDir} is null) and returns what it printed on standard output.
   *
   * @throws AssertionError when there is no {@code public static void main(String[])} or it throws
   */
  static String runMain(String className, Path classesDir) throws Exception {
    ClassLoader parent = InProcessJava.class.getClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            classesDir == null ? new URL[0] : new URL[] {classesDir.toUri().toURL()}, parent)) {
      Class<?> type = Class.forName(className, true, loader);
      Method main;
      try {
        main = type.getMethod("main", String[].class);
      } catch (NoSuchMethodException e) {
        throw new AssertionError(className + " has no public main(String[]) method", e);
      }
      if (!Modifier.isStatic(main.getModifiers()) || main.getReturnType() != void.class) {
        throw new AssertionError(className + ".main must be public static void main(String[])");
      }
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      PrintStream original = System.out;
      try (PrintStream capture = new PrintStream(printed, true, UTF_8)) {
        System.setOut(capture);
        main.invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        throw new AssertionError(
            className + ".main threw " + e.getCause() + "\nafter printing:\n"
                + printed.toString(UTF_8),
            e.getCause());
      } finally {
        System.setOut(original);
      }
      return printed.toString(UTF_8);
    }
  }
}

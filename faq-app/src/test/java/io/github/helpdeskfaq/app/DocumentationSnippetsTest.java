package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet in the README, in {@code docs/} and in the modules' READMEs compiles as shown, imports included,
 * against the project's classes: a snippet is a whole compilation unit, never a fragment. This module sees every
 * other, so its test class path is the one to compile them on.
 */
class DocumentationSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern TYPE = Pattern.compile(
      "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)", Pattern.MULTILINE);

  record Snippet(Path document, int number, String source) {
    @Override
    public String toString() {
      return ROOT.relativize(document) + " #" + number;
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Path> documents = new ArrayList<>();
    documents.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"));
        Stream<Path> modules = Files.list(ROOT)) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
      modules.map(module -> module.resolve("README.md")).filter(Files::isRegularFile).filter(
          readme -> !readme.equals(ROOT.resolve("README.md"))).sorted().forEach(documents::add);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path document : documents) {
      Matcher block = JAVA_BLOCK.matcher(Files.readString(document, StandardCharsets.UTF_8));
      for (int number = 1; block.find(); number++) {
        snippets.add(new Snippet(document, number, block.group(1)));
      }
    }
    return snippets;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void compiles_as_shown(Snippet snippet, @TempDir Path work) throws IOException {
    Matcher type = TYPE.matcher(snippet.source());
    assertThat(type.find()).as("%s is a whole compilation unit: a class, record, interface or enum with its "
        + "imports, not a fragment", snippet).isTrue();
    Matcher pkg = PACKAGE.matcher(snippet.source());
    Path folder = pkg.find() ? work.resolve(pkg.group(1).replace('.', '/')) : work;
    Files.createDirectories(folder);
    Path source = Files.writeString(folder.resolve(type.group(1) + ".java"), snippet.source());

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<String> options = List.of("-proc:none", "-classpath", classPath, "-d", work.resolve("classes").toString());
      compiled = javac.getTask(new StringWriter(), files, diagnostics, options, null,
          files.getJavaFileObjects(source)).call();
    }
    assertThat(compiled).as("%s compiles as shown; javac said: %s", snippet, diagnostics.getDiagnostics()).isTrue();
  }

  @Test
  void the_readme_shows_code() throws IOException {
    assertThat(snippets()).filteredOn(snippet -> snippet.document().equals(ROOT.resolve("README.md")))
        .as("the README's quick start shows compiling code").hasSizeGreaterThanOrEqualTo(2);
  }
}

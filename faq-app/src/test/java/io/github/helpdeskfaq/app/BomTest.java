package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * faq-bom names every published module (those of the default build that do not skip deploying, as faq-pit-history
 * does; faq-bench, under -Pbench, is never published) at the project's version, and manages nothing else, so that
 * importing it never pins an application's versions.
 */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String NOT_DEPLOYED = "<maven.deploy.skip>true</maven.deploy.skip>";
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile(
      "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  private static List<String> all(Pattern pattern, String text, int group) {
    return pattern.matcher(text).results().map(match -> match.group(group)).toList();
  }

  @Test
  void lists_every_published_module_at_the_projects_version_and_nothing_else() throws IOException {
    String parent = read("pom.xml");
    String defaultModules = parent.substring(parent.indexOf("<modules>"), parent.indexOf("</modules>"));
    List<String> published = new ArrayList<>();
    for (String module : all(MODULE, defaultModules, 1)) {
      if (!module.equals("faq-bom") && !read(module + "/pom.xml").contains(NOT_DEPLOYED)) {
        published.add(module);
      }
    }
    String bom = read("faq-bom/pom.xml");
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"));

    assertThat(all(ARTIFACT, managed, 2)).containsExactlyInAnyOrderElementsOf(published);
    assertThat(all(ARTIFACT, managed, 1)).containsOnly("io.github.helpdeskfaq");
    assertThat(all(ARTIFACT, managed, 3)).containsOnly("${project.version}");
  }

  @Test
  void has_the_projects_version_and_no_parent() throws IOException {
    Matcher parentVersion = Pattern.compile("<artifactId>helpdesk-faq-parent</artifactId>\\s*<version>([^<]+)<")
        .matcher(read("pom.xml"));
    assertThat(parentVersion.find()).isTrue();
    String bom = read("faq-bom/pom.xml");
    assertThat(bom).doesNotContain("<parent>")
        .contains("<artifactId>faq-bom</artifactId>\n  <version>" + parentVersion.group(1) + "</version>");
  }
}

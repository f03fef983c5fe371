package io.github.helpdeskfaq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the published adapter is made of: its jar holds its own packages only, and its POM names no shaded library. */
class AdapterPackagingTest {

  private static final String OWN_PACKAGE = "io/github/helpdeskfaq/adapter/feishu/";

  @Test
  void every_class_in_the_adapters_jar_lives_in_the_adapters_package() throws IOException, URISyntaxException {
    URL location = FeishuHelpdesk.class.getProtectionDomain().getCodeSource().getLocation();
    try (JarFile jar = new JarFile(Path.of(location.toURI()).toFile())) {
      List<String> foreign = jar.stream().map(JarEntry::getName)
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.replaceFirst("^META-INF/versions/\\d+/", ""))
          .filter(name -> !name.startsWith(OWN_PACKAGE))
          .toList();
      assertEquals(List.of(), foreign, "classes of faq-adapter-feishu's jar outside " + OWN_PACKAGE);
    }
  }

  /** OkHttp loads its public suffix list next to its own class: relocated, the resource must have moved with it. */
  @Test
  void the_relocated_okhttp_finds_its_public_suffix_list() throws ReflectiveOperationException {
    Class<?> database = Class.forName(
        "io.github.helpdeskfaq.adapter.feishu.shaded.okhttp3.internal.publicsuffix.PublicSuffixDatabase");
    Object instance = database.getMethod("get").invoke(null);
    Object registrable = database.getMethod("getEffectiveTldPlusOne", String.class)
        .invoke(instance, "www.example.co.uk");
    assertEquals("example.co.uk", registrable);
  }

  /** The POM the build installed (the surefire configuration names it): its dependencies outside the test scope. */
  @Test
  void the_installed_pom_names_only_what_is_not_shaded() throws Exception {
    Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of(System.getProperty("adapter.pom")).toFile()).getDocumentElement();
    List<String> dependencies = new ArrayList<>();
    for (Element dependency : children(child(project, "dependencies"), "dependency")) {
      List<Element> scope = children(dependency, "scope");
      if (scope.isEmpty() || !scope.get(0).getTextContent().equals("test")) {
        dependencies.add(child(dependency, "groupId").getTextContent() + ":"
            + child(dependency, "artifactId").getTextContent());
      }
    }
    assertEquals(Set.of("io.github.helpdeskfaq:faq-domain", "org.slf4j:slf4j-api",
        "io.github.resilience4j:resilience4j-ratelimiter", "io.github.resilience4j:resilience4j-circuitbreaker"),
        Set.copyOf(dependencies), "the installed POM's dependencies");
  }

  private static Element child(Element parent, String name) {
    return children(parent, name).get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}

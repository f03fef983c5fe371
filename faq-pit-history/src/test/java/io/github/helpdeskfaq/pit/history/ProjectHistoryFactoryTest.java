package io.github.helpdeskfaq.pit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pitest.classinfo.ClassName;
import org.pitest.classpath.CodeSource;
import org.pitest.coverage.CoverageDatabase;
import org.pitest.mutationtest.History;
import org.pitest.mutationtest.HistoryFactory;
import org.pitest.mutationtest.HistoryParams;
import org.pitest.mutationtest.config.ReportOptions;
import org.pitest.mutationtest.incremental.WriterFactory;

class ProjectHistoryFactoryTest {

  @Test
  void pit_finds_it_as_its_one_history_on_by_default() {
    List<HistoryFactory> found = ServiceLoader.load(HistoryFactory.class).stream()
        .map(ServiceLoader.Provider::get).toList();

    assertThat(found).singleElement().isInstanceOf(ProjectHistoryFactory.class);
    assertThat(found.get(0).provides().name()).isEqualTo("faq_history");
    assertThat(found.get(0).provides().isOnByDefault()).isTrue();
    assertThat(found.get(0).description()).isNotBlank().isEqualTo(found.get(0).provides().description());
  }

  @Test
  void makes_a_history_over_the_runs_classes() {
    ClassName code = ClassName.fromString("com.example.Code");
    CodeSource classes = (CodeSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {CodeSource.class}, (proxy, method, arguments) -> switch (method.getName()) {
          case "getCodeUnderTestNames" -> Set.of(code);
          case "getTestClassNames" -> Set.of();
          case "fetchClassBytes" -> Optional.of(new byte[] {7});
          default -> throw new UnsupportedOperationException(method.getName());
        });
    ReportOptions options = new ReportOptions();
    options.setClassPathElements(List.of());
    StringWriter written = new StringWriter();

    History history = new ProjectHistoryFactory().makeHistory(new HistoryParams(null, classes, options),
        new WriterFactory() {
          @Override
          public PrintWriter create() {
            return new PrintWriter(written);
          }

          @Override
          public void close() {}
        }, Optional.empty());
    history.initialize();
    history.processCoverage((CoverageDatabase) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {CoverageDatabase.class}, (proxy, method, arguments) -> List.of()));
    history.close();

    assertThat(written.toString()).startsWith(HistoryFile.FORMAT + "\ncode ")
        .doesNotContain("code " + new ClassFingerprints(name -> Optional.empty(), Set.of(code), Set.of()).code());
  }
}

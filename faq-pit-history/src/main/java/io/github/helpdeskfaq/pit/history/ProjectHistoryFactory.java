package io.github.helpdeskfaq.pit.history;

import java.io.Reader;
import java.util.Optional;
import org.pitest.classpath.CodeSource;
import org.pitest.mutationtest.History;
import org.pitest.mutationtest.HistoryFactory;
import org.pitest.mutationtest.HistoryParams;
import org.pitest.mutationtest.incremental.WriterFactory;
import org.pitest.plugin.Feature;

/**
 * Makes a {@link ProjectHistory} over the classes of the run. PIT finds it with the {@link java.util.ServiceLoader}
 * and uses it when the run names a history file ({@code historyInputFile}, {@code historyOutputFile}).
 */
public final class ProjectHistoryFactory implements HistoryFactory {

  @Override
  public History makeHistory(HistoryParams params, WriterFactory output, Optional<Reader> input) {
    CodeSource code = params.code();
    ClassFingerprints classes = new ClassFingerprints(code::fetchClassBytes, code.getCodeUnderTestNames(),
        code.getTestClassNames());
    return new ProjectHistory(classes, LibraryFingerprint.of(params.data().getClassPathElements()), input, output);
  }

  @Override
  public Feature provides() {
    return Feature.named("faq_history").withOnByDefault(true).withDescription(description());
  }

  @Override
  public String description() {
    return "Reuses a mutant's result when neither the module's code nor the tests that decided it have changed";
  }
}

package io.github.helpdeskfaq.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment table of {@code docs/app.md} names every variable that {@code faq-app --help} lists. */
class EnvironmentDocumentationTest {

  @Test
  void docs_name_every_variable_the_program_reads() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "app.md"), StandardCharsets.UTF_8);
    List<String> variables = new ArrayList<>(List.of(Adapter.VARIABLE));
    List<Map.Entry<String, String>> described = new ArrayList<>(FeishuSettings.describe());
    described.addAll(UserTokenSettings.describe());
    described.addAll(ReplicaSettings.describe());
    for (Map.Entry<String, String> entry : described) {
      variables.addAll(List.of(entry.getKey().split(",\\s*")));
    }

    assertThat(variables).hasSizeGreaterThan(10).allSatisfy(variable -> assertThat(docs)
        .as("docs/app.md documents %s", variable).contains("`" + variable + "`"));
  }
}

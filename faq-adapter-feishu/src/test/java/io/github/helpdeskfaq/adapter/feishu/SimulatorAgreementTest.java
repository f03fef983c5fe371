package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.feishu.simulator.FeishuDataFile;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator and the adapter agree on Feishu's wire format: what {@link FeishuFaqDocuments} reads from a
 * document is what the adapter reads back, listed and by id, from a simulator loaded from the same file (the
 * simulator reads documents and writes answers with code of its own).
 */
class SimulatorAgreementTest {

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"faq-6936004780707807231.json", "faq-7036004780707807232.json", "faq-lenient.json",
      "faq-richtext-documented.json", "faq-richtext-odd.json", "faqs-array.json", "demo-faqs.json"})
  void the_adapter_reads_back_from_the_simulator_what_the_document_holds(String fixture) throws Exception {
    assertAgreement(Path.of(SimulatorAgreementTest.class.getResource("/fixtures/" + fixture).toURI()));
  }

  @Test
  void agrees_on_a_document_with_a_byte_order_mark_and_on_an_empty_one() throws IOException, URISyntaxException {
    Path withBom = Files.writeString(folder.resolve("bom.json"), "\ufeff" + Fixtures.text(Fixtures.KNOWN_FAQ),
        StandardCharsets.UTF_8);
    Path empty = Files.writeString(folder.resolve("empty.json"), "[]");

    assertAgreement(withBom);
    assertAgreement(empty);
  }

  private static void assertAgreement(Path document) throws IOException {
    List<Faq> read;
    try (InputStream json = Files.newInputStream(document)) {
      read = FeishuFaqDocuments.read(json);
    }
    Map<String, Faq> byId = new LinkedHashMap<>();
    read.forEach(faq -> byId.put(faq.id().value(), faq));
    try (FeishuSimulator feishu = FeishuSimulator.start(FeishuDataFile.read(document))) {
      FeishuHelpdesk adapter = FeishuHelpdesk.builder()
          .baseUrl(feishu.baseUrl())
          .tenantAccessTokenSource(feishu::grantToken)
          .helpdeskCredentials(feishu.credentials().helpdeskId(), feishu.credentials().helpdeskToken())
          .pageSize(2)
          .build();

      List<Faq> listed;
      try (Stream<Faq> all = adapter.list(FaqFilter.all())) {
        listed = all.collect(Collectors.toList());
      }

      assertThat(listed).as("listed from %s", document.getFileName())
          .containsExactlyInAnyOrderElementsOf(byId.values());
      for (Faq faq : byId.values()) {
        assertThat(adapter.findById(faq.id())).as("FAQ %s of %s", faq.id(), document.getFileName()).contains(faq);
      }
    }
  }
}

package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.testkit.ContractData;
import io.github.helpdeskfaq.testkit.FaqRepositoryContract;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.OptionalLong;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The port's contract, against the adapter talking to a simulated Feishu on loopback. */
class FeishuFaqRepositoryContractTest extends FaqRepositoryContract {

  private final FeishuSimulator feishu = new FeishuSimulator()
      .faq(ContractData.KNOWN_FAQ_ID.value(), Fixtures.text(Fixtures.KNOWN_FAQ))
      .faq(ContractData.SECOND_FAQ_ID.value(), Fixtures.text("fixtures/faq-7036004780707807232.json"))
      .image(ContractData.KNOWN_FAQ_ID.value(), ContractData.IMAGE_KEY.value(), ContractData.IMAGE_CONTENT_TYPE,
          ContractData.imageBytes())
      .image(ContractData.SECOND_FAQ_ID.value(), ContractData.SECOND_IMAGE_KEY.value(),
          ContractData.SECOND_IMAGE_CONTENT_TYPE, ContractData.secondImageBytes());
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void startFeishu() throws IOException {
    server.setDispatcher(feishu);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stopFeishu() throws IOException {
    server.shutdown();
  }

  /** A generous rate limit: the contract's concurrency test would otherwise wait for permits at 50 per second. */
  @Override
  protected FaqRepository createRepository() {
    return FeishuFaqRepository.builder()
        .baseUrl(server.url("/").toString())
        .appCredentials(FeishuSimulator.APP_ID, FeishuSimulator.APP_SECRET)
        .helpdeskCredentials(FeishuSimulator.HELPDESK_ID, FeishuSimulator.HELPDESK_TOKEN)
        .rateLimit(1000, Duration.ofSeconds(1))
        .build();
  }

  /** The helpdesk requests the server received; token requests are not lookups. */
  @Override
  protected OptionalLong lookupsObserved() {
    return OptionalLong.of(feishu.helpdeskRequests());
  }
}

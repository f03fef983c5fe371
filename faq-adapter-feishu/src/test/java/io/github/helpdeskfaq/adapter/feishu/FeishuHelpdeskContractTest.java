package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.testkit.ContractData;
import io.github.helpdeskfaq.testkit.FaqRepositoryContract;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;

/** The port's contract, against the adapter talking to the simulated Feishu on loopback. */
class FeishuHelpdeskContractTest extends FaqRepositoryContract {

  private final FeishuSimulator feishu = FeishuSimulator.start()
      .faq(ContractData.KNOWN_FAQ_ID.value(), Fixtures.text(Fixtures.KNOWN_FAQ))
      .faq(ContractData.SECOND_FAQ_ID.value(), Fixtures.text("fixtures/faq-7036004780707807232.json"))
      .image(ContractData.KNOWN_FAQ_ID.value(), ContractData.IMAGE_KEY.value(), ContractData.IMAGE_CONTENT_TYPE,
          ContractData.imageBytes())
      .image(ContractData.SECOND_FAQ_ID.value(), ContractData.SECOND_IMAGE_KEY.value(),
          ContractData.SECOND_IMAGE_CONTENT_TYPE, ContractData.secondImageBytes());

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  /** A generous rate limit: the contract's concurrency test would otherwise wait for permits at 50 per second. */
  @Override
  protected FaqRepository createRepository() {
    return FeishuHelpdesk.builder()
        .baseUrl(feishu.baseUrl())
        .appCredentials(LoopbackFeishu.CREDENTIALS.appId(), LoopbackFeishu.CREDENTIALS.appSecret())
        .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
        .rateLimit(1000, Duration.ofSeconds(1))
        .build();
  }

  /** The helpdesk requests the server received; token requests are not lookups. */
  @Override
  protected OptionalLong lookupsObserved() {
    return OptionalLong.of(feishu.helpdeskRequests());
  }
}

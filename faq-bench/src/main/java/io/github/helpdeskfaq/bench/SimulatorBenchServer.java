package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.feishu.simulator.Credentials;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.nio.charset.StandardCharsets;

/**
 * The simulator (faq-feishu-simulator) as the benchmark's server: Feishu's wire format on the JDK's own HTTP server,
 * answering the seed FAQ with the very bytes {@link SocketBenchServer} sends and the image; it also accepts the raw
 * socket's fixed token. Its fake keeps no record of the calls, nor does the simulator beyond its latest requests.
 */
final class SimulatorBenchServer implements BenchServer {

  private final FeishuSimulator simulator;
  private final String imageSha256;

  SimulatorBenchServer(byte[] image, String imageSha256) {
    this.imageSha256 = imageSha256;
    this.simulator = FeishuSimulator.start(
        new Credentials(Seed.APP_ID, Seed.APP_SECRET, Seed.HELPDESK_ID, Seed.HELPDESK_TOKEN),
        FakeHelpdesk.builder().recordCalls(false).build());
    simulator.faq(Seed.FAQ_ID, new String(Seed.faqJson(), StandardCharsets.UTF_8));
    simulator.image(Seed.FAQ_ID, Seed.IMAGE_KEY_VALUE, Seed.IMAGE_CONTENT_TYPE, image);
    simulator.acceptToken(Seed.TENANT_TOKEN);
  }

  @Override
  public String baseUrl() {
    String url = simulator.baseUrl();
    return url.substring(0, url.length() - 1);
  }

  @Override
  public String imageSha256() {
    return imageSha256;
  }

  @Override
  public void close() {
    simulator.close();
  }
}

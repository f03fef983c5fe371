package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.nio.file.Path;
import java.time.Duration;

/** Adapters that write to a simulated Feishu with the user tokens of a file, and their sign-in. */
final class Writers {

  static final String REDIRECT = "http://127.0.0.1:9/callback";

  private Writers() {}

  /** The app's and the helpdesk's credentials of {@link LoopbackFeishu}, no rate limit to speak of. */
  static FeishuHelpdesk.Builder builder(String baseUrl) {
    return FeishuHelpdesk.builder()
        .baseUrl(baseUrl)
        .appCredentials(LoopbackFeishu.CREDENTIALS.appId(), LoopbackFeishu.CREDENTIALS.appSecret())
        .helpdeskCredentials(LoopbackFeishu.CREDENTIALS.helpdeskId(), LoopbackFeishu.CREDENTIALS.helpdeskToken())
        .rateLimit(1000, Duration.ofSeconds(1));
  }

  /** An adapter whose user tokens are kept in {@code tokens}. */
  static FeishuHelpdesk withTokenFile(String baseUrl, Path tokens) {
    return builder(baseUrl).userTokenStore(FileUserTokenStore.at(tokens)).build();
  }

  /** Signs a user in through the simulator, saving the tokens in the adapter's store. */
  static FeishuHelpdesk signedIn(FeishuSimulator feishu, FeishuHelpdesk helpdesk) {
    helpdesk.signIn().complete(feishu.authorizationCode(REDIRECT), REDIRECT);
    return helpdesk;
  }
}

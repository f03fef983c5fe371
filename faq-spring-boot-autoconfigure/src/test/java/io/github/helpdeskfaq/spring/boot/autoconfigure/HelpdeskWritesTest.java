package io.github.helpdeskfaq.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulatorExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The adapters write through the beans, with the user tokens that the properties name. */
class HelpdeskWritesTest {

  private static final String REDIRECT = "http://127.0.0.1:9/callback";

  @RegisterExtension
  final FeishuSimulatorExtension feishu = new FeishuSimulatorExtension().serving(() -> FakeHelpdesk.builder().build());

  @TempDir
  Path dir;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HelpdeskAutoConfiguration.class));

  @Test
  void with_a_user_token_file_the_feishu_adapter_signs_in_and_writes_as_the_user() {
    runner.withPropertyValues(HelpdeskAutoConfigurationTest.credentials(feishu.simulator()))
        .withPropertyValues("helpdesk.feishu.user-token-file=" + dir.resolve("user-tokens")).run(context -> {
          FeishuHelpdesk adapter = context.getBean(FeishuHelpdesk.class);
          adapter.signIn().complete(feishu.simulator().authorizationCode(REDIRECT), REDIRECT);

          Faq created = context.getBean(KnowledgeBaseWriter.class)
              .createFaq(NewFaq.builder("Wi-Fi?").answer("Join office.").build());

          assertThat(context.getBean(WritableHelpdesk.class)).isSameAs(adapter);
          assertThat(feishu.simulator().helpdesk().findById(created.id())).isPresent();
          assertThat(feishu.simulator().writeRequests()).isEqualTo(1);
        });
  }

  @Test
  void a_user_access_token_and_a_token_file_together_fail_start_up_naming_the_property() {
    runner.withPropertyValues(HelpdeskAutoConfigurationTest.credentials(feishu.simulator()))
        .withPropertyValues("helpdesk.feishu.user-token-file=" + dir.resolve("user-tokens"),
            "helpdesk.feishu.user-access-token=u-never-to-be-seen").run(context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).rootCause()
                  .hasMessageContaining("helpdesk.feishu.user-access-token")
                  .hasMessageNotContaining("u-never-to-be-seen");
            });
  }

  @Test
  void the_fake_writes_too() {
    runner.withPropertyValues("helpdesk.adapter=fake").run(context -> {
      Faq created = context.getBean(WritableHelpdesk.class)
          .createFaq(NewFaq.builder("Printer?").answer("Room 2.").build());

      assertThat(context.getBean(FakeHelpdesk.class).findById(created.id())).isPresent();
    });
  }
}

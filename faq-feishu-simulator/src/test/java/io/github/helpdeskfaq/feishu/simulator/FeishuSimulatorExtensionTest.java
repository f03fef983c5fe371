package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension, run on test classes of its own through the JUnit Platform: a simulator per test or per class,
 * injected, configured, and closed afterwards.
 */
class FeishuSimulatorExtensionTest {

  /** What the scenarios saw, each simulator once per test that saw it. */
  static final List<FeishuSimulator> SEEN = new CopyOnWriteArrayList<>();

  @BeforeEach
  void forget() {
    SEEN.clear();
  }

  @Test
  void gives_each_test_its_own_simulator_with_extend_with_and_closes_it() {
    assertThat(run(PerTest.class).getTestsSucceededCount()).isEqualTo(2);

    assertThat(SEEN).as("seen by each @BeforeEach and its test").hasSize(4);
    assertThat(SEEN.stream().distinct()).hasSize(2);
    assertThat(SEEN).allSatisfy(simulator -> assertThat(isListening(simulator)).as("closed").isFalse());
  }

  @Test
  void gives_every_test_of_a_class_one_configured_simulator_when_registered_in_a_static_field() {
    assertThat(run(PerClass.class).getTestsSucceededCount()).isEqualTo(2);

    assertThat(SEEN).hasSize(2).containsOnly(SEEN.get(0));
    assertThat(SEEN.get(0).credentials()).isEqualTo(PerClass.CREDENTIALS);
    assertThat(isListening(SEEN.get(0))).as("closed after the class").isFalse();
  }

  @Test
  void gives_each_test_a_fresh_fake_when_registered_in_a_field() {
    assertThat(run(InField.class).getTestsSucceededCount()).isEqualTo(2);

    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
    assertThat(SEEN.get(0).helpdesk()).isNotSameAs(SEEN.get(1).helpdesk());
  }

  @Test
  void says_how_to_get_a_simulator_outside_a_test() {
    assertThatIllegalStateException().isThrownBy(() -> new FeishuSimulatorExtension().simulator())
        .withMessageContaining("FeishuSimulator parameter");
  }

  private static TestExecutionSummary run(Class<?> scenario) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(scenario))
        .build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getFailures()).as("failures of %s", scenario.getSimpleName())
        .extracting(failure -> failure.getException().toString()).isEmpty();
    return summary;
  }

  private static boolean isListening(FeishuSimulator simulator) {
    URI base = URI.create(simulator.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      return socket.isConnected();
    } catch (ConnectException refused) {
      return false;
    } catch (IOException other) {
      throw new UncheckedIOException(other);
    }
  }

  /** {@code @ExtendWith}: a simulator per test, the same one for its {@code @BeforeEach} and the test. */
  @ExtendWith(FeishuSimulatorExtension.class)
  static class PerTest {
    private FeishuSimulator before;

    @BeforeEach
    void before(FeishuSimulator simulator) {
      before = simulator;
      SEEN.add(simulator);
    }

    @Test
    void first(FeishuSimulator simulator) {
      assertThat(simulator).isSameAs(before);
      assertThat(new Http(simulator).get("open-apis/helpdesk/v1/faqs/1").statusCode()).isEqualTo(404);
      SEEN.add(simulator);
    }

    @Test
    void second(FeishuSimulator simulator) {
      assertThat(simulator).isSameAs(before);
      assertThat(simulator.credentials()).isEqualTo(Credentials.DEFAULT);
      SEEN.add(simulator);
    }
  }

  /** A static field: one simulator for the class, with the credentials and content configured. */
  static class PerClass {
    static final Credentials CREDENTIALS = new Credentials("cli_x", "secret-x", "desk-x", "token-x");

    @RegisterExtension
    static final FeishuSimulatorExtension FEISHU = new FeishuSimulatorExtension().withCredentials(CREDENTIALS)
        .serving(() -> FakeHelpdesk.builder().faq(Faq.builder(FaqId.of("42")).question("Why?").build()).build());

    @Test
    void first(FeishuSimulator simulator) {
      assertThat(new Http(simulator).text("open-apis/helpdesk/v1/faqs/42")).contains("\"question\":\"Why?\"");
      SEEN.add(simulator);
    }

    @Test
    void second(FeishuSimulator simulator) {
      assertThat(FEISHU.simulator()).isSameAs(simulator);
      SEEN.add(simulator);
    }
  }

  /** An instance field: a simulator per test, from {@link FeishuSimulatorExtension#simulator()} too. */
  static class InField {
    @RegisterExtension
    final FeishuSimulatorExtension feishu = new FeishuSimulatorExtension()
        .serving(() -> FakeHelpdesk.builder().build());

    @Test
    void first(FeishuSimulator simulator) {
      assertThat(feishu.simulator()).isSameAs(simulator);
      simulator.helpdesk().put(Faq.builder(FaqId.of("1")).build());
      SEEN.add(simulator);
    }

    @Test
    void second() {
      assertThat(feishu.simulator().helpdesk().findById(FaqId.of("1"))).as("a fresh fake").isEmpty();
      SEEN.add(feishu.simulator());
    }
  }
}

package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a {@link FeishuSimulator} for each test and closes it afterwards; or one for the whole class when registered
 * in a static field. A test (or a lifecycle method) gets it as a {@code FeishuSimulator} parameter, or from
 * {@link #simulator()}. Credentials and content are configurable; by default {@link Credentials#DEFAULT} and an
 * empty fake, a fresh one for each simulator.
 *
 * <pre>{@code
 * class MyFeishuClientTest {
 *
 *   @RegisterExtension
 *   final FeishuSimulatorExtension feishu = new FeishuSimulatorExtension()
 *       .serving(() -> FakeHelpdesk.builder().faq(Faq.builder(FaqId.of("42")).question("Why?").build()).build());
 *
 *   @Test
 *   void reads_a_faq(FeishuSimulator simulator) {
 *     // point the client under test at simulator.baseUrl(), with simulator.credentials()
 *   }
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith(FeishuSimulatorExtension.class)} each test gets a simulator with the defaults, as a
 * parameter.
 */
public final class FeishuSimulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FeishuSimulatorExtension.class);
  private static final String SIMULATOR = "simulator";

  private final Credentials credentials;
  private final Supplier<FakeHelpdesk> content;
  private volatile FeishuSimulator current;

  /** Simulators that accept {@link Credentials#DEFAULT} and serve an empty fake. */
  public FeishuSimulatorExtension() {
    this(Credentials.DEFAULT, () -> FakeHelpdesk.builder().build());
  }

  private FeishuSimulatorExtension(Credentials credentials, Supplier<FakeHelpdesk> content) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.content = Objects.requireNonNull(content, "content");
  }

  /**
   * Simulators that accept these credentials.
   *
   * @param accepted the credentials
   * @return a new extension, otherwise like this one
   */
  public FeishuSimulatorExtension withCredentials(Credentials accepted) {
    return new FeishuSimulatorExtension(accepted, content);
  }

  /**
   * Simulators that serve what {@code fake} makes, called once for each simulator.
   *
   * @param fake makes the fake to serve
   * @return a new extension, otherwise like this one
   */
  public FeishuSimulatorExtension serving(Supplier<FakeHelpdesk> fake) {
    return new FeishuSimulatorExtension(credentials, fake);
  }

  /**
   * The simulator of the running test, or of the class when registered in a static field.
   *
   * @return the simulator
   * @throws IllegalStateException outside a test, or with {@code @ExtendWith}, where a parameter is the way
   */
  public FeishuSimulator simulator() {
    FeishuSimulator simulator = current;
    if (simulator == null) {
      throw new IllegalStateException("no simulator is running: ask for a FeishuSimulator parameter, or call this "
          + "from a test of a class that registers the extension in a field");
    }
    return simulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (isStaticFieldOf(context)) {
      start(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (store(context).get(SIMULATOR, FeishuSimulator.class) == null) {
      start(context);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FeishuSimulator.class;
  }

  @Override
  public FeishuSimulator resolveParameter(ParameterContext parameter, ExtensionContext context) {
    FeishuSimulator simulator = store(context).get(SIMULATOR, FeishuSimulator.class);
    return simulator != null ? simulator : start(context);
  }

  /** Starts a simulator for this context: the class's, or the test's. */
  private FeishuSimulator start(ExtensionContext context) {
    FeishuSimulator simulator = FeishuSimulator.start(credentials, content.get());
    store(context).put(SIMULATOR, simulator);
    current = simulator;
    return simulator;
  }

  /** Closes the simulator started for this very context, if any; one of an enclosing context stays. */
  private void stop(ExtensionContext context) {
    FeishuSimulator simulator = store(context).remove(SIMULATOR, FeishuSimulator.class);
    if (simulator != null) {
      simulator.close();
      if (current == simulator) {
        current = null;
      }
    }
  }

  private boolean isStaticFieldOf(ExtensionContext context) {
    return context.getTestClass().map(type -> AnnotationSupport.findAnnotatedFieldValues(type,
        RegisterExtension.class, FeishuSimulatorExtension.class).stream().anyMatch(value -> value == this))
        .orElse(false);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  /** The configuration; the secrets masked. */
  @Override
  public String toString() {
    return "FeishuSimulatorExtension[" + credentials + "]";
  }
}

package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.app.exit.SignInException;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Makes the helpdesk a command runs on. The real one is {@link Adapters}; tests may hand in their own. */
@FunctionalInterface
public interface HelpdeskFactory {

  /**
   * Makes a helpdesk.
   *
   * @param adapter the adapter chosen
   * @param fakeData the file of FAQs for the fake, when {@code --fake-data} was given (only with the fake)
   * @param environment the program's environment, for the adapter's settings
   * @return the helpdesk
   * @throws UsageException if a setting is missing or invalid, or the fake data cannot be read
   */
  Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment);

  /**
   * Makes a helpdesk that tells each request's log id, for {@code --verbose}: one line to {@code requests} per answer
   * that carries one (the Feishu adapter's). By default, the helpdesk of {@link #create(Adapter, Optional, Map)},
   * which tells nothing.
   *
   * @param requests takes each line, on the thread that made the request
   * @return the helpdesk
   * @throws UsageException as {@link #create(Adapter, Optional, Map)} does
   */
  default Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment,
      Consumer<String> requests) {
    return create(adapter, fakeData, environment);
  }

  /**
   * Makes a helpdesk that tells each request's log id when {@code requests} is present
   * ({@link #create(Adapter, Optional, Map, Consumer)}), and one that tells nothing otherwise.
   *
   * @return the helpdesk
   * @throws UsageException as {@link #create(Adapter, Optional, Map)} does
   */
  default Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment,
      Optional<Consumer<String>> requests) {
    return requests.isPresent() ? create(adapter, fakeData, environment, requests.get())
        : create(adapter, fakeData, environment);
  }

  /**
   * Makes a helpdesk that writes too, for the commands that write, having checked before any request that its writes
   * can be authorized. By default, the helpdesk of {@link #create} when it writes.
   *
   * @param requests takes each request's log line, as {@link #create(Adapter, Optional, Map, Consumer)} does, when
   *     present
   * @return the helpdesk
   * @throws UsageException as {@link #create(Adapter, Optional, Map)} does, or if the helpdesk cannot write
   * @throws SignInException if writing needs a sign-in that there is not
   */
  default WritableHelpdesk createWritable(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment,
      Optional<Consumer<String>> requests) {
    Helpdesk helpdesk = create(adapter, fakeData, environment, requests);
    if (helpdesk instanceof WritableHelpdesk writable) {
      return writable;
    }
    throw new UsageException("the " + adapter.displayName() + " adapter cannot write here");
  }

  /** Releases what {@link #create} opened (connections, threads), once the command is done. Nothing by default. */
  default void release() {}
}

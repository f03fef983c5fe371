package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import java.util.function.Supplier;

/**
 * One call of the port, as every step of it sees it: which endpoint it asks (for the listener), what it asks for
 * (for messages: "FAQ 42", put into words only when a message needs it), and when it started (on the
 * {@link RetryClock}).
 *
 * @param endpoint the endpoint the call requests
 * @param description says what is asked for
 * @param started when the call started, in {@link RetryClock#nanoTime()}
 */
record CallContext(Endpoint endpoint, Supplier<String> description, long started) {

  /** What is asked for, for messages and logs: "FAQ 42". */
  String what() {
    return description.get();
  }
}

package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;

/**
 * One call of the port, as every step of it sees it: which endpoint it asks (for the listener), what it asks for
 * (for messages: "FAQ 42"), and when it started (on the {@link RetryClock}).
 *
 * @param endpoint the endpoint the call requests
 * @param what what is asked for, for messages and logs
 * @param started when the call started, in {@link RetryClock#nanoTime()}
 */
record CallContext(Endpoint endpoint, String what, long started) {}

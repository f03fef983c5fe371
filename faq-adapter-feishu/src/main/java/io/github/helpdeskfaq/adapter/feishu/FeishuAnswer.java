package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.port.Diagnostics;

/**
 * What Feishu answered, as {@link FeishuConverters} reads it: the envelope's {@code code} and {@code msg}, the
 * {@code data} when the code is 0, the diagnostics of its {@code error} object, and, when the body could not be read,
 * why. {@link Exchange} decides what it comes to. Every field but the body and the diagnostics may be null.
 *
 * @param <T> the data's type
 */
final class FeishuAnswer<T> {

  /** The body's code: 0 for success; null when the body had none or could not be read. */
  final Long code;
  /** The body's message. */
  final String msg;
  /** The data, read only when the code is 0. */
  final T data;
  /** How the body looked, for messages. Never null. */
  final BodyDescription body;
  /** Why the body could not be read, or null when it could. */
  final String unreadable;
  /** What the reading threw, or null. */
  final Exception cause;
  /** The body's {@code error} object, as {@link FeishuDiagnostics} reads it. Never null. */
  final Diagnostics diagnostics;

  FeishuAnswer(Long code, String msg, T data, BodyDescription body, String unreadable, Exception cause) {
    this(code, msg, data, body, unreadable, cause, Diagnostics.none());
  }

  FeishuAnswer(Long code, String msg, T data, BodyDescription body, String unreadable, Exception cause,
      Diagnostics diagnostics) {
    this.code = code;
    this.msg = msg;
    this.data = data;
    this.body = body;
    this.unreadable = unreadable;
    this.cause = cause;
    this.diagnostics = diagnostics;
  }

  /**
   * A DTO whose answer is flat: its fields sit beside {@code code} and {@code msg} rather than in {@code data} (the
   * tenant-token answer). {@link FeishuConverters} reads such a type whole and takes the code and message from it.
   */
  interface Flat {
    /** The body's code. */
    Long code();

    /** The body's message. */
    String msg();
  }
}

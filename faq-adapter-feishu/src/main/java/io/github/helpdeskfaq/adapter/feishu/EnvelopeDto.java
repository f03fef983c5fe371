package io.github.helpdeskfaq.adapter.feishu;

/**
 * The part that every Feishu answer shares, success or error: {@code {"code": 0, "msg": "..."}}. Read first, on
 * its own, so that an error answer is recognised even when the rest of it has an unexpected shape.
 */
final class EnvelopeDto {

  Long code;
  String msg;
}

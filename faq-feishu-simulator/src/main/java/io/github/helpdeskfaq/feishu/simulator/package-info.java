/**
 * Test support, not published: {@link io.github.helpdeskfaq.feishu.simulator.FeishuSimulator}, a Feishu helpdesk
 * on 127.0.0.1 that the Feishu adapter's tests and the app's tests share, with
 * {@link io.github.helpdeskfaq.feishu.simulator.FeishuResponses} for the answers it can be told to give and
 * {@link io.github.helpdeskfaq.feishu.simulator.SimulatedQuota} for the rate limit it can be told to enforce.
 *
 * <p>Non-null by default: no parameter or return value is {@code null} unless its documentation says so.
 */
package io.github.helpdeskfaq.feishu.simulator;

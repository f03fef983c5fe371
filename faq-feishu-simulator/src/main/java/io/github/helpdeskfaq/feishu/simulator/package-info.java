/**
 * A Feishu helpdesk on 127.0.0.1 for tests and local development:
 * {@link io.github.helpdeskfaq.feishu.simulator.FeishuSimulator} serves an in-memory
 * {@link io.github.helpdeskfaq.adapter.fake.FakeHelpdesk}'s FAQs, images and categories in Feishu's wire format,
 * on the JDK's own HTTP server, to any HTTP client: the Feishu adapter, the official SDK, a consumer's own code.
 * {@link io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer} and
 * {@link io.github.helpdeskfaq.feishu.simulator.FeishuResponses} are the answers it can be told to give,
 * {@link io.github.helpdeskfaq.feishu.simulator.SimulatedRequest} what it received,
 * {@link io.github.helpdeskfaq.feishu.simulator.SimulatedQuota} the rate limit it can enforce;
 * {@link io.github.helpdeskfaq.feishu.simulator.FeishuSimulatorExtension} runs one per JUnit 5 test,
 * {@link io.github.helpdeskfaq.feishu.simulator.FeishuDataFile} seeds a fake from a file in Feishu's format, and
 * {@link io.github.helpdeskfaq.feishu.simulator.Main} runs one on its own ({@code java -jar}).
 *
 * <p>Non-null by default: no parameter or return value is {@code null} unless its documentation says so.
 */
package io.github.helpdeskfaq.feishu.simulator;

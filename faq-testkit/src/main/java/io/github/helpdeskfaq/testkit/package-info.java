/**
 * The contract every {@link io.github.helpdeskfaq.domain.port.FaqRepository} passes, for implementations' and decorators'
 * tests: extend {@link io.github.helpdeskfaq.testkit.FaqRepositoryContract} and seed the repository under test with
 * {@link io.github.helpdeskfaq.testkit.ContractData}; and the contract every
 * {@link io.github.helpdeskfaq.domain.port.FaqCatalog} and {@link io.github.helpdeskfaq.domain.port.CategoryRepository} passes:
 * extend {@link io.github.helpdeskfaq.testkit.FaqCatalogContract}, holding a
 * {@link io.github.helpdeskfaq.testkit.CatalogContractData} helpdesk. Written with JUnit Jupiter and AssertJ, which
 * this module brings.
 *
 * <p>Non-null by default: no parameter or return value is {@code null}. Depends on the domain, JUnit Jupiter, AssertJ
 * and the JDK only.
 */
package io.github.helpdeskfaq.testkit;

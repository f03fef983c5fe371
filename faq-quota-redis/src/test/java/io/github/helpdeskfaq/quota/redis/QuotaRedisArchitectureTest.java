package io.github.helpdeskfaq.quota.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.quota.redis", importOptions = DoNotIncludeTests.class)
class QuotaRedisArchitectureTest {

  @ArchTest
  static final ArchRule depends_on_the_domain_its_redis_libraries_and_the_jdk_only =
      classes().should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.quota.redis..", "io.github.helpdeskfaq.adapter.feishu.spi..",
              "io.github.bucket4j..", "io.lettuce.core..", "org.slf4j..", "java..")
          .because("the shared quota implements the adapter's extension point alone, never its internals");

  @ArchTest
  static final ArchRule only_the_quota_is_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("RedisSharedQuota")
          .because("the builder is the module's one entry point; its helpers may change freely");
}

package io.github.helpdeskfaq.quota.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the module shows, and which part of the adapter it may know: its POM says the rest. */
@AnalyzeClasses(packages = "io.github.helpdeskfaq.quota.redis", importOptions = DoNotIncludeTests.class)
class QuotaRedisArchitectureTest {

  @ArchTest
  static final ArchRule knows_the_adapter_by_its_extension_points_only =
      noClasses().should().dependOnClassesThat().resideInAPackage("io.github.helpdeskfaq.adapter.feishu")
          .because("a shared quota implements the adapter's SharedQuota; the adapter itself is the application's to "
              + "build");

  @ArchTest
  static final ArchRule only_the_quota_is_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("RedisSharedQuota").orShould().haveSimpleName("RedisUserTokenStore")
          .because("the builder is the module's one entry point; its helpers may change freely");
}

package io.github.helpdeskfaq.mirror;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.mirror", importOptions = DoNotIncludeTests.class)
class MirrorArchitectureTest {

  @ArchTest
  static final ArchRule depends_on_the_domain_and_the_jdk_only =
      classes().should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.mirror..", "io.github.helpdeskfaq.domain..", "java..")
          .because("a mirror works over any Helpdesk, in any application, without a JSON or HTTP library");

  @ArchTest
  static final ArchRule only_the_entries_their_listeners_and_plan_the_exceptions_and_the_formats_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleName("Mirror").orShould().haveSimpleName("MirrorListener")
          .orShould().haveSimpleName("Publisher").orShould().haveSimpleName("PublishListener")
          .orShould().haveSimpleName("PublishPlan")
          .orShould().haveSimpleNameEndingWith("Exception")
          .orShould().haveSimpleName("FaqFiles").orShould().haveSimpleName("FaqJson")
          .orShould().haveSimpleName("ImageFiles").orShould().haveSimpleName("MarkdownAnswers")
          .because("the builders are the module's entry points; the engine behind them may change freely");
}

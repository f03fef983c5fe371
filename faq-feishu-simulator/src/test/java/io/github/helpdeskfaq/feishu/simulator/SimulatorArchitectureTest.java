package io.github.helpdeskfaq.feishu.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.feishu.simulator", importOptions = DoNotIncludeTests.class)
class SimulatorArchitectureTest {

  @ArchTest
  static final ArchRule only_the_simulator_its_extension_and_what_they_take_are_public =
      classes().that().arePublic().and().areTopLevelClasses()
          .should().haveSimpleNameStartingWith("FeishuSimulator").orShould().haveSimpleNameStartingWith("Simulated")
          .orShould().haveSimpleName("Credentials").orShould().haveSimpleName("FeishuResponses")
          .orShould().haveSimpleName("FeishuDataFile").orShould().haveSimpleName("Main")
          .because("the wire format is the simulator's to change: tests script it through these types only");
}

package com.thrizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** House rules that the compiler cannot check. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.thrizer");
    }

    @Test
    void resourcesNeverTouchEntitiesOrRepositories() {
        ArchRule rule = noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class);
        rule.check(classes);
    }

    @Test
    void servicesAndDomainNeverTouchHttpOrGeneratedDtos() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages(
                        "com.thrizer.api..",
                        "com.thrizer.shared.error..",
                        "com.thrizer.shared.web..",
                        "com.thrizer.shared.idempotency..",
                        "com.thrizer.dev..")
                .and()
                .haveSimpleNameNotEndingWith("Resource")
                .and()
                .haveNameNotMatching(".*ApiMapper(Impl)?(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "com.thrizer.api.generated..");
        rule.check(classes);
    }

    @Test
    void moneyIsNeverFloatingPoint() {
        ArchRule rule = fields().that()
                .haveNameMatching("(?i).*(amount|fee|price|cents|balance|money|total).*")
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .andShould()
                .notHaveRawType(Float.class)
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.thrizer.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedCodeDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("com.thrizer.shared..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "a feature's classes",
                        (JavaClass c) -> c.getPackageName().startsWith("com.thrizer.")
                                && !c.getPackageName().startsWith("com.thrizer.shared")
                                && !c.getPackageName().startsWith("com.thrizer.api")))
                .check(classes);
    }

    /** The features whose seams are sealed so far (issue 15, point 2); the others join as theirs are. */
    private static final List<String> SEALED_FEATURES = List.of(
            "charges",
            "claims",
            "payouts",
            "ledger",
            "billing",
            "events",
            "quotes",
            "processor",
            "clearinghouse",
            "banking",
            "operations");

    private static String[] sealedPackages() {
        return SEALED_FEATURES.stream().map(f -> "com.thrizer." + f + "..").toArray(String[]::new);
    }

    @Test
    void mappersNeverReadTheDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage(sealedPackages())
                .and()
                .haveNameMatching(".*Mapper(Impl)?")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(classes);
    }

    @Test
    void aFeaturesEntitiesAreUsedInsideItOnly() {
        for (String feature : SEALED_FEATURES) {
            String own = "com.thrizer." + feature + "..";
            noClasses()
                    .that()
                    .resideOutsideOfPackage(own)
                    .should()
                    .dependOnClassesThat(DescribedPredicate.describe(
                            "an @Entity of " + feature,
                            (JavaClass c) -> c.isAnnotatedWith(Entity.class)
                                    && c.getPackageName().startsWith("com.thrizer." + feature)))
                    .check(classes);
        }
    }

    @Test
    void viewsAreRecordsOfValues() {
        classes()
                .that()
                .resideInAnyPackage(sealedPackages())
                .and()
                .haveSimpleNameEndingWith("View")
                .should()
                .beAssignableTo(Record.class)
                .andShould(new ArchCondition<JavaClass>("have no entity-typed component") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        for (JavaField field : view.getFields()) {
                            if (!field.getModifiers().contains(JavaModifier.STATIC)
                                    && field.getRawType().isAnnotatedWith(Entity.class)) {
                                events.add(SimpleConditionEvent.violated(
                                        field, view.getName() + "." + field.getName() + " is an entity"));
                            }
                        }
                    }
                })
                .check(classes);
    }
}

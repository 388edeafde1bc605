package com.thrizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;
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
                .haveSimpleNameNotEndingWith("ApiMapper")
                .and()
                .haveNameNotMatching(".*ApiMapperImpl(\\$.*)?") // MapStruct's implementations (and switch maps)
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

    @Test
    void entitiesInheritNoStaticUnscopedFinders() {
        noClasses()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAnnotatedWith(MappedSuperclass.class)
                .should()
                .beAssignableTo(PanacheEntityBase.class)
                .because("Panache's static listAll()/findById() are unscoped: repositories are the only way in")
                .check(classes);
    }

    /** Features whose entities never leave their package (issue 15; "support": its Me* caller is being moved). */
    private static final Set<String> SEALED_FEATURES = Set.of(
            "clients",
            "benefits",
            "insurance",
            "paymentmethods",
            "team",
            "catalog",
            "widget",
            "practices",
            "identity",
            "apikeys",
            "audit",
            "onboarding",
            "notifications",
            "dev");

    private static String featureOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("com.thrizer.")) {
            return "";
        }
        String rest = name.substring("com.thrizer.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirFeature() {
        ArchCondition<JavaClass> useNoOtherFeaturesEntity =
                new ArchCondition<>("use no @Entity of another feature (only immutable records cross)") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            String feature = featureOf(target);
                            if (SEALED_FEATURES.contains(feature)
                                    && target.isAnnotatedWith(Entity.class)
                                    && !feature.equals(featureOf(origin))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                };
        classes().should(useNoOtherFeaturesEntity).check(classes);
    }
}

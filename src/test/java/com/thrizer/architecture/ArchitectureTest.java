package com.thrizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** The provider ports (and the webhook sender): every call to them goes out over the network. */
    private static final Set<String> PROVIDER_PORTS = Set.of(
            "com.thrizer.processor.PaymentProcessor",
            "com.thrizer.clearinghouse.Clearinghouse",
            "com.thrizer.banking.BankTransfers",
            "com.thrizer.events.WebhookSender");

    /**
     * Calls still made inside a transaction, outside this files (a card attached while the client row is
     * locked, an eligibility check inside the benefit check's transaction): to be moved onto OutsideCalls next.
     */
    private static final Set<String> NOT_YET_OUTSIDE = Set.of(
            "com.thrizer.processor.PaymentProcessor.attachCard",
            "com.thrizer.clearinghouse.Clearinghouse.checkEligibility");

    /**
     * No network call inside a database transaction: no method that runs in a declared transaction (its own
     * {@code @Transactional}, or its class's) calls a provider port. Calls made inside {@code QuarkusTransaction}
     * lambdas are caught at run time by {@code shared.outbound.NoTransactionGuard} on every adapter's calls.
     */
    @Test
    void noProviderCallInsideADatabaseTransaction() {
        methods()
                .that(DescribedPredicate.describe("run in a declared transaction", ArchitectureTest::transactional))
                .should(new ArchCondition<JavaMethod>("not call a provider port") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                            String owner = call.getTargetOwner().getName();
                            String target = owner + "." + call.getName();
                            if (PROVIDER_PORTS.contains(owner) && !NOT_YET_OUTSIDE.contains(target)) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " calls " + target + " in a transaction"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    private static boolean transactional(JavaMethod m) {
        Optional<Transactional> own = m.tryGetAnnotationOfType(Transactional.class);
        Optional<Transactional> declared =
                own.isPresent() ? own : m.getOwner().tryGetAnnotationOfType(Transactional.class);
        return declared.isPresent()
                && declared.get().value() != Transactional.TxType.NOT_SUPPORTED
                && declared.get().value() != Transactional.TxType.NEVER;
    }

    /** Due rows are claimed only through {@code shared.outbound.WorkQueue}: no hand-written SKIP LOCKED query. */
    @Test
    void skipLockedClaimsOnlyThroughTheWorkQueue() throws IOException {
        Pattern literal = Pattern.compile("\"[^\"]*SKIP LOCKED[^\"]*\"");
        Path root = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("shared", "outbound", "WorkQueue.java")))
                    .filter(f -> {
                        try {
                            return literal.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(f -> root.relativize(f).toString())
                    .toList();
        }
        if (!offenders.isEmpty()) {
            throw new AssertionError("hand-written SKIP LOCKED claims (use WorkQueue): " + offenders);
        }
    }
}

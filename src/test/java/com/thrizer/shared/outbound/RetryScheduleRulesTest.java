package com.thrizer.shared.outbound;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Every job that works through a queue ({@link OutsideCalls#runDue}) takes its rows' next attempt from a {@link
 * RetrySchedule}, and none draws its own jitter.
 */
class RetryScheduleRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.thrizer");

    private static final DescribedPredicate<JavaClass> WORKS_A_QUEUE = DescribedPredicate.describe(
            "work through a queue (call OutsideCalls.runDue)",
            c -> c.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isEquivalentTo(OutsideCalls.class)
                            && call.getName().equals("runDue")));

    @Test
    void queueJobsScheduleTheirRetriesWithRetrySchedule() {
        classes()
                .that(WORKS_A_QUEUE)
                .and()
                .resideOutsideOfPackage("com.thrizer.shared.outbound")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(RetrySchedule.class)
                .andShould()
                .onlyDependOnClassesThat(DescribedPredicate.not(DescribedPredicate.describe(
                        "ThreadLocalRandom", c -> c.isEquivalentTo(ThreadLocalRandom.class))))
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    /** Jitter is drawn in one place ({@link RetrySchedule}): no job, nor any of its nested steps, draws its own. */
    @Test
    void noJobDrawsItsOwnJitter() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.thrizer.shared.outbound")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ThreadLocalRandom.class)
                .check(CLASSES);
    }
}

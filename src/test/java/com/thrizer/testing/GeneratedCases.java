package com.thrizer.testing;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/**
 * Generated cases for property tests, fed to a {@code @ParameterizedTest} through {@code @MethodSource}. The cases
 * come from a seeded {@link SplittableRandom}: the same cases on every run, unless another seed is given with
 * {@code -Dthrizer.property-seed=N}. A failing case reports the seed and its number, so the run can be repeated.
 * Values are drawn uniformly from their range, with the bounds themselves mixed in now and then (where rounding
 * and capping rules break first).
 */
public final class GeneratedCases {
    /** The system property that overrides the seed. */
    public static final String SEED_PROPERTY = "thrizer.property-seed";

    private static final long DEFAULT_SEED = 20_261_123L;

    private GeneratedCases() {}

    /** The seed of this run: {@value #SEED_PROPERTY} when given, else the fixed default. */
    public static long seed() {
        return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    }

    /** {@code count} cases, each made by {@code generator} from the draws of the seeded random. */
    public static <T> Stream<Case<T>> of(int count, Function<Draw, T> generator) {
        long seed = seed();
        Draw draw = new Draw(new SplittableRandom(seed));
        // generated eagerly, in order, so that case n is the same whatever runs before it
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Case<>(seed, n, count, generator.apply(draw)))
                .toList()
                .stream();
    }

    /** One generated case: its values and where it came from. */
    public record Case<T>(long seed, int number, int count, T values) {
        /** Runs the checks of this case; any failure is reported with the seed and the case, to repeat it. */
        public void check(Executable checks) {
            try {
                checks.execute();
            } catch (Throwable failure) {
                throw new AssertionError(
                        "case " + number + " of " + count + " with seed " + seed + " (repeat with -D" + SEED_PROPERTY
                                + "=" + seed + "): " + values + ": " + failure.getMessage(),
                        failure);
            }
        }

        @Override
        public String toString() {
            return "#" + number + " " + values;
        }
    }

    /** Draws values for one case. */
    public static final class Draw {
        private static final int EDGE_ONE_IN = 20;

        private final SplittableRandom random;

        Draw(SplittableRandom random) {
            this.random = random;
        }

        /** A value from {@code min} to {@code max}, both included. */
        public long between(long min, long max) {
            int edge = random.nextInt(EDGE_ONE_IN);
            if (edge == 0) {
                return min;
            }
            if (edge == 1) {
                return max;
            }
            return random.nextLong(min, max + 1);
        }

        /** A value from {@code min} to {@code max}, both included. */
        public int between(int min, int max) {
            return (int) between((long) min, max);
        }

        /** One of the constants of {@code type}. */
        public <E extends Enum<E>> E oneOf(Class<E> type) {
            E[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
    }
}

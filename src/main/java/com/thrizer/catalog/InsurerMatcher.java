package com.thrizer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches a typed name against canonical names, ids and aliases, case-insensitively (the help center's "Canonical
 * Insurer Recognition"). An exact name wins; otherwise the longest catalogue name contained in the input ("Aetna
 * Choice POS II" is Aetna), then names with a word starting with the input (search as you type). Several equally good
 * candidates are ambiguous: no insurer is picked.
 */
final class InsurerMatcher {
    private InsurerMatcher() {}

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    static List<String> terms(KnownInsurer insurer) {
        List<String> terms = new ArrayList<>();
        terms.add(normalize(insurer.id()));
        terms.add(normalize(insurer.name()));
        insurer.aliases().forEach(a -> terms.add(normalize(a)));
        return terms;
    }

    static InsurerMatch match(String input, List<KnownInsurer> insurers) {
        String n = normalize(input);
        if (n.isEmpty()) {
            return new InsurerMatch(InsurerMatch.Status.NO_MATCH, List.of());
        }
        List<KnownInsurer> exact =
                insurers.stream().filter(i -> terms(i).contains(n)).toList();
        if (!exact.isEmpty()) {
            return of(exact);
        }
        String padded = " " + n + " ";
        int best = 0;
        List<KnownInsurer> contained = new ArrayList<>();
        for (KnownInsurer i : insurers) {
            int length = terms(i).stream()
                    .filter(t -> padded.contains(" " + t + " "))
                    .mapToInt(String::length)
                    .max()
                    .orElse(0);
            if (length > best) {
                best = length;
                contained.clear();
            }
            if (length > 0 && length == best) {
                contained.add(i);
            }
        }
        if (!contained.isEmpty()) {
            return of(contained);
        }
        List<KnownInsurer> prefixed = insurers.stream()
                .filter(i -> terms(i).stream().anyMatch(t -> (" " + t).contains(" " + n)))
                .toList();
        return of(prefixed);
    }

    private static InsurerMatch of(List<KnownInsurer> candidates) {
        InsurerMatch.Status status = switch (candidates.size()) {
            case 0 -> InsurerMatch.Status.NO_MATCH;
            case 1 -> InsurerMatch.Status.MATCHED;
            default -> InsurerMatch.Status.AMBIGUOUS;
        };
        return new InsurerMatch(status, List.copyOf(candidates));
    }
}

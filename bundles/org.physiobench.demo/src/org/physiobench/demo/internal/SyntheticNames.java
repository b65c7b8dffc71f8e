package org.physiobench.demo.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Invented people: a given name and a family name drawn independently from short lists of
 * common words and names, so no combination is meant to be a real person. Contact details
 * use reserved example domains and a placeholder phone number.
 */
final class SyntheticNames {

    static final List<String> GIVEN_FEMALE = List.of("Anna", "Clara", "Emma", "Grace", "Hanna", "Ida", "Julia",
            "Lena", "Maria", "Nora", "Olivia", "Paula", "Rosa", "Sofia", "Vera", "Zoe");
    static final List<String> GIVEN_MALE = List.of("Adam", "Ben", "Carl", "David", "Erik", "Felix", "Hugo", "Jonas",
            "Leo", "Max", "Noah", "Oscar", "Paul", "Sam", "Theo", "Victor");
    static final List<String> FAMILY = List.of("Ashdown", "Birchfield", "Brook", "Caldwell", "Dale", "Eastwood",
            "Fairfax", "Greenway", "Hallam", "Hillcrest", "Kingsley", "Lakeside", "Marsh", "Northcott", "Oakley",
            "Pennington", "Ridgeway", "Stonebridge", "Thornbury", "Underwood", "Westbrook", "Whitmore", "Woodward",
            "Yardley");

    private SyntheticNames() {
    }

    static String given(RandomGenerator random, boolean female) {
        List<String> names = female ? GIVEN_FEMALE : GIVEN_MALE;
        return names.get(random.nextInt(names.size()));
    }

    static String family(RandomGenerator random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }
}

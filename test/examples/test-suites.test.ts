/** Runs the guide's example test file (docs/guides/test-suites.md) as part of the suite. */
import "../../examples/guides/test-suites/forms.spec.ts";

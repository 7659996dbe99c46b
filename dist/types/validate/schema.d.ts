import { type Diagnostics } from '../diagnostics.js';
import { type ParsedFile } from '../parse/index.js';
/**
 * Checks the parsed file against schemas/drone.schema.json. Wrong types are errors at the offending value;
 * keys the schema does not know are warnings at the key, explaining the Drone way or suggesting the key meant.
 */
export declare function validateSchema(file: ParsedFile, diags: Diagnostics): void;

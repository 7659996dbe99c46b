import type { Rule } from './rule.js';
/**
 * The file follows schemas/drone.schema.json. Wrong types are errors at the offending value; keys the schema
 * does not know are warnings at the key, explaining the Drone way or suggesting the key meant. (The schema's
 * findings name places by JSON pointer; this rule is the one place that turns them into spans.)
 */
export declare const schemaRule: Rule;

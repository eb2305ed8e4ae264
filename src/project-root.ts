// The project folder (where prompts/ lives), wherever the process was started.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (where prompts/ lives), wherever the process was started. */
export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

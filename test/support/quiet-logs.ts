// Before every test file: the process's log level is the run's LOG_LEVEL (warn, test/support/global-setup.ts),
// also for servers a test starts without a configuration (platform/http.ts alone).
import { setLogLevel } from '../../platform/log';
import { LOG_LEVELS, type LogLevel } from '../../platform/config';

const level = process.env.LOG_LEVEL;
if (level && (LOG_LEVELS as readonly string[]).includes(level)) setLogLevel(level as LogLevel);

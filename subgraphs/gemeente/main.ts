import { runStandalone } from '../kit/standalone';
import { gemeente } from '.';

void runStandalone(gemeente);

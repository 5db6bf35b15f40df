import { runStandalone } from '../kit/standalone';
import { bewoners } from '.';

void runStandalone(bewoners);

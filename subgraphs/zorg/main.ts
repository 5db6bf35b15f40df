import { runStandalone } from '../kit/standalone';
import { zorg } from '.';

void runStandalone(zorg);

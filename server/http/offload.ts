import type { Request, Response } from 'express';
import { AppError } from '../errors.ts';
import { CostBudget, type CostLimits } from '../limiter.ts';
import type { Cost } from '../pool/cost.ts';
import { PoolBusy, PoolClosed, TaskStopped, type EnginePool } from '../pool/pool.ts';
import type { Answer, Task } from '../pool/tasks.ts';

/** The engine's threads and what a request, and an address in a minute, may spend on them. */
export class Engine {
  readonly budget: CostBudget;

  constructor(
    readonly pool: EnginePool,
    readonly costs: CostLimits,
  ) {
    this.budget = new CostBudget(costs.perMinute);
  }

  /**
   * Runs a task in the pool on behalf of a request, and charges its address what it cost. A task
   * is given, as its budget, the least of the maximum per request and what the address has left;
   * a sample over it is not run. An address in debt waits (429). The task is stopped when its
   * caller goes away; undefined then, as there is nobody to answer.
   */
  async run(req: Request, res: Response, task: (budget: number) => Task): Promise<Answer | undefined> {
    const key = req.ip ?? 'unknown';
    const left = this.budget.left(key);
    if (left <= 0) throw this.spent(key);
    const budget = Math.min(this.costs.perRequest, left);
    const gone = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) gone.abort();
    };
    res.on('close', onClose);
    try {
      const answer = await this.pool.run(task(budget), gone.signal);
      if (answer.kind === 'ran' || answer.kind === 'unplayable' || (answer.kind === 'checked' && answer.cost)) this.budget.charge(key, answer.cost!.units);
      return answer;
    } catch (error) {
      if (error instanceof TaskStopped) {
        // How far the thread got is unknown: the work is charged what it was allowed.
        this.budget.charge(key, budget);
        if (error.why === 'abandoned') return undefined;
        throw new AppError('too-costly', `The work did not finish within the ${Math.round(error.afterMs / 1000)} s a request may take, and was stopped. Send a smaller scenario, or ask for fewer runs.`, { limitSeconds: Math.round(error.afterMs / 1000) });
      }
      if (error instanceof PoolBusy) {
        throw new AppError('busy', `Every engine thread is busy and the ${error.queue} places in the queue are taken: try again in ${error.retryAfter} s.`, { retryAfter: error.retryAfter });
      }
      if (error instanceof PoolClosed) throw new AppError('busy', 'The server is shutting down: try again in a few seconds.', { retryAfter: 5 });
      throw error;
    } finally {
      res.off('close', onClose);
    }
  }

  /** The refusal of a sample that costs more than it may: over the maximum (422), or over what is left this minute (429). */
  overBudget(req: Request, cost: Cost): AppError {
    const figures = `${cost.runs.toLocaleString('en')} runs × ${cost.transitions} transitions × (1 + ${cost.thirdCountries.toLocaleString('en')} third countries consulted) = ${cost.units.toLocaleString('en')}`;
    const perRun = cost.units / cost.runs;
    const maxRuns = Math.floor(this.costs.perRequest / perRun);
    if (cost.units > this.costs.perRequest) {
      const reduce = maxRuns >= 1
        ? `Ask for at most ${maxRuns.toLocaleString('en')} runs, or consult fewer third countries.`
        : 'Even one run costs more: consult fewer third countries, or shorten the script.';
      return new AppError('too-costly', `This sample would cost ${figures}; one request may cost at most ${this.costs.perRequest.toLocaleString('en')}. ${reduce}`, {
        cost, maxCost: this.costs.perRequest, maxRuns,
      });
    }
    const key = req.ip ?? 'unknown';
    const retryAfter = this.budget.retryAfter(key, cost.units);
    return new AppError('rate-limited', `This sample would cost ${figures}, more than this address has left of its ${this.costs.perMinute.toLocaleString('en')} a minute: try again in ${retryAfter} s, or ask for fewer runs.`, {
      retryAfter, cost, perMinute: this.costs.perMinute,
    });
  }

  private spent(key: string): AppError {
    const retryAfter = this.budget.retryAfter(key);
    return new AppError('rate-limited', `This address has spent its ${this.costs.perMinute.toLocaleString('en')} units of engine work a minute: try again in ${retryAfter} s.`, {
      retryAfter, perMinute: this.costs.perMinute,
    });
  }
}

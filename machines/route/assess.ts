import type { Ask, DirectVerdict, RoutedVerdict } from './channels.ts';
import { agreementVerdict, directVerdict, mlatVerdict, rogatoryVerdict } from './channels.ts';
import type { ConsultedCountry } from './consultation.ts';
import { consultationPlan } from './consultation.ts';
import { indexWorld } from './world-index.ts';
import { preservationHolds, type PreservationHold } from './preservation.ts';
import { recognitionRules, withRecognition } from './recognition.ts';
import type { ChannelName, DataRequest, Regime, World } from '../world/types.ts';

export type ConsultedChannel = 'agreement' | 'mlat' | 'rogatory';

/** Everything the intake decides about a request: each channel's verdict and who must be consulted. */
export interface Assessment {
  direct: DirectVerdict;
  agreement: RoutedVerdict;
  mlat: RoutedVerdict;
  rogatory: RoutedVerdict;
  consultations: Record<ConsultedChannel, ConsultedCountry[]>;
  /** extension: channels whose instrument keeps a preservation in force while their request is pending. */
  preservationPending: Partial<Record<ChannelName, PreservationHold>>;
}

/**
 * Assess a request against a world under a regime. The world is expected to hold only the entries in
 * force on the request's date (see inForceOn).
 */
export function assess(world: World, request: DataRequest, regime: Regime): Assessment {
  const index = indexWorld(world);
  const provider = index.providers.get(request.provider);
  if (!provider) throw new Error(`Unknown provider "${request.provider}"`);
  const ask: Ask = { index, request, provider, regime };
  // Recognition rules are said and cited on the channels they concern, never closing them.
  const recognition = recognitionRules(ask);
  const agreement = withRecognition(ask, recognition, agreementVerdict(ask));
  const mlat = withRecognition(ask, recognition, mlatVerdict(ask));
  const rogatory = withRecognition(ask, recognition, rogatoryVerdict(ask));
  const direct = withRecognition(ask, recognition, directVerdict(ask));
  return {
    direct,
    agreement,
    mlat,
    rogatory,
    preservationPending: preservationHolds(index, { direct, agreement, mlat, rogatory }),
    consultations: {
      agreement: consultationPlan(ask, 'agreement', agreement.requestedState),
      mlat: consultationPlan(ask, 'mlat', mlat.requestedState),
      rogatory: consultationPlan(ask, 'rogatory', rogatory.requestedState),
    },
  };
}

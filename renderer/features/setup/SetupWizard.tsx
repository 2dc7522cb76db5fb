/**
 * First-run wizard: commune → team lead → recovery code. Provisions the store after step 2 (the
 * store then holds the lead's session) and tells App once the lead confirms the code is written
 * down. Must not keep the recovery code anywhere but this component's state.
 */
import { useState } from 'react';
import type { Era } from '../../store/types';
import type { NewUser } from '../../store/app-store-api';
import { useServices } from '../../app/use-services';
import { LocaleSwitch } from '../../i18n/LocaleSwitch';
import { useT } from '../../i18n/use-t';
import { toCommuneChoice } from './admin-units';
import { CommuneStep } from './CommuneStep';
import { LeadStep } from './LeadStep';
import { RecoveryCodeStep } from './RecoveryCodeStep';

type Step = { kind: 'commune' } | { kind: 'lead' } | { kind: 'code'; recoveryCode: string };

export function SetupWizard({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { store } = useServices();
  const [step, setStep] = useState<Step>({ kind: 'commune' });
  const [era, setEra] = useState<Era | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const commune = era ? toCommuneChoice(era, codes) : null;

  const provision = async (lead: Omit<NewUser, 'roles'>) => {
    if (!commune) return;
    const { recoveryCode } = await store.provision({ commune, lead });
    setStep({ kind: 'code', recoveryCode });
  };

  const stepNumber = step.kind === 'commune' ? 1 : step.kind === 'lead' ? 2 : 3;

  return (
    <div className="card-page">
      <main className="card" id="main">
        <div className="card-top">
          <p className="brand">{t('app.name')}</p>
          <LocaleSwitch />
        </div>
        <p className="step-indicator">{t('setup.step', { n: stepNumber, total: 3 })}</p>
        {step.kind === 'commune' ? (
          <CommuneStep
            era={era}
            codes={codes}
            onEra={(next) => {
              setEra(next);
              setCodes([]);
            }}
            onCodes={setCodes}
            onNext={() => setStep({ kind: 'lead' })}
          />
        ) : null}
        {step.kind === 'lead' && commune ? (
          <LeadStep communeName={commune.commune.name} onBack={() => setStep({ kind: 'commune' })} onSubmit={provision} />
        ) : null}
        {step.kind === 'code' ? <RecoveryCodeStep code={step.recoveryCode} onDone={onDone} /> : null}
      </main>
    </div>
  );
}

"""The steps of the editor, in order."""

from __future__ import annotations

from requestdesk.ui.editor.steps.assistance import AssistanceStep
from requestdesk.ui.editor.steps.base import Step
from requestdesk.ui.editor.steps.case import CaseStep
from requestdesk.ui.editor.steps.execution import ExecutionStep
from requestdesk.ui.editor.steps.executor import ExecutorStep
from requestdesk.ui.editor.steps.other import OtherStep
from requestdesk.ui.editor.steps.parties import PartiesStep
from requestdesk.ui.editor.steps.purpose import PurposeStep
from requestdesk.ui.editor.steps.registration import RegistrationStep
from requestdesk.ui.editor.steps.signatory import SignatoryStep
from requestdesk.ui.editor.steps.transmission import TransmissionStep

STEPS: tuple[type[Step], ...] = (
    RegistrationStep,
    PartiesStep,
    CaseStep,
    PurposeStep,
    AssistanceStep,
    ExecutionStep,
    OtherStep,
    TransmissionStep,
    SignatoryStep,
    ExecutorStep,
)

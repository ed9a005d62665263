"""Following up: the action tracker, outputs, goals and the dashboard, with the action and progress-update
forms the meeting editor also opens."""

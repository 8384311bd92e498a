"""CenteringZwangerschap: the group planner and the session schedule.

Pure domain code (no Qt, no SQL). Filled in by the Centering issue.
"""

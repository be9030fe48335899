"""人民调解: cases from application to agreement, their parties and the forms' inputs."""
